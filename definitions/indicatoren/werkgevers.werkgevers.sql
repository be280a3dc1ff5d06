-- Ontmoetingen met een datum in de periode; geteld worden de verschillende werkgevers.
SELECT k.periode, o.datum AS peildatum, o.inwoner_id, o.werkgever_id
FROM perioden k
JOIN ontmoeting o ON o.datum BETWEEN k.begin AND k.einde
