-- Ontmoetingen met een datum in de periode.
SELECT k.periode, o.datum AS peildatum, o.inwoner_id
FROM perioden k
JOIN ontmoeting o ON o.datum BETWEEN k.begin AND k.einde
