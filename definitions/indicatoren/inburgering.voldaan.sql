-- Inburgeringen met een einddatum in de periode; teller: resultaat voldaan.
SELECT k.periode, i.einddatum - 1 AS peildatum, i.inwoner_id,
       i.resultaat = 'voldaan' AS teller
FROM kwartalen k
JOIN inburgering i ON i.einddatum BETWEEN k.begin AND k.einde
