-- Realisatie per budget van 1 januari tot en met het einde van de periode (de maanden
-- waarvan de eerste dag in dat stuk van het jaar valt), gedeeld door het jaarbudget;
-- prognose = realisatie maal 12 gedeeld door het aantal verstreken maanden, gedeeld door het
-- jaarbudget. Tabellen budget en budgetregeling komen uit de gemeenteconfiguratie.
WITH realisatie AS (
  SELECT k.periode, r.budget,
         EXTRACT(year FROM k.einde) AS jaar, EXTRACT(month FROM k.einde) AS maanden,
         SUM(CAST(b.bedrag AS DECIMAL(18, 2))) AS bedrag,
         COUNT(DISTINCT b.inwoner_id) AS personen
  FROM kwartalen k
  JOIN betaling b ON b.maand BETWEEN CAST(date_trunc('year', k.einde) AS DATE) AND k.einde
  JOIN budgetregeling r ON r.regeling = b.regeling
  GROUP BY k.periode, r.budget, EXTRACT(year FROM k.einde), EXTRACT(month FROM k.einde)
)
SELECT r.periode, 'budget' || chr(31) || r.budget AS sleutel,
       ROUND(r.bedrag / j.bedrag, 4) AS waarde, r.personen
FROM realisatie r
JOIN budget j ON j.budget = r.budget AND j.jaar = r.jaar
UNION ALL
SELECT r.periode,
       'budget' || chr(31) || r.budget || chr(30) || 'statistiek' || chr(31) || 'prognose',
       ROUND(r.bedrag * 12 / r.maanden / j.bedrag, 4), r.personen
FROM realisatie r
JOIN budget j ON j.budget = r.budget AND j.jaar = r.jaar
