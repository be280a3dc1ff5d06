-- Betalingen over een maand in de periode (maand = de eerste dag van de maand), exact tot op
-- de cent opgeteld.
SELECT k.periode, b.maand AS peildatum, b.inwoner_id, b.regeling,
       CAST(b.bedrag AS DECIMAL(18, 2)) AS bedrag
FROM kwartalen k
JOIN betaling b ON b.maand BETWEEN k.begin AND k.einde
