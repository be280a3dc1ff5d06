-- Som besteed / som tegoed over de passen van het lopende pasjaar (zie armoede.upas_houders).
WITH lopend_pasjaar AS (
  SELECT periode,
         CAST(EXTRACT(year FROM einde) AS INTEGER)
         - CASE WHEN EXTRACT(month FROM einde) < 7 THEN 1 ELSE 0 END AS pasjaar
  FROM kwartalen
),
per_pasjaar AS (
  SELECT pasjaar, SUM(besteed) AS besteed, SUM(tegoed) AS tegoed,
         COUNT(DISTINCT inwoner_id) AS houders
  FROM upas GROUP BY pasjaar
)
SELECT l.periode, '' AS sleutel, ROUND(h.besteed / h.tegoed, 4) AS waarde,
       h.houders AS personen
FROM lopend_pasjaar l
JOIN per_pasjaar h ON h.pasjaar = l.pasjaar AND h.tegoed > 0
