-- Ontmoetingen met een datum in het kwartaal.
SELECT k.periode, o.datum AS peildatum, o.inwoner_id, o.werkgever_id
FROM kwartalen k
JOIN ontmoeting o ON o.datum BETWEEN k.begin AND k.einde
