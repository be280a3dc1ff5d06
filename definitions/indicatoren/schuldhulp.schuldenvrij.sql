-- Trajecten met een einddatum in de periode; teller: resultaat schuldenvrij.
SELECT k.periode, s.einddatum - 1 AS peildatum, s.inwoner_id,
       s.resultaat = 'schuldenvrij' AS teller
FROM kwartalen k
JOIN schuldhulptraject s ON s.einddatum BETWEEN k.begin AND k.einde
