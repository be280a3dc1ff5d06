-- Antwoorden met een datum in de periode. Anoniem: geen inwoner.
SELECT k.periode, r.datum AS peildatum, CAST(NULL AS BIGINT) AS inwoner_id, r.thema, r.cijfer AS score
FROM perioden k
JOIN kto r ON r.datum BETWEEN k.begin AND k.einde
