-- Het pasjaar dat op de laatste dag (einde) loopt begint op 1 juli van het jaar van die dag,
-- of van het jaar ervoor als die dag vóór 1 juli ligt. Eerst per pasjaar tellen, dan per
-- periode opzoeken: een pasjaar beslaat vier kwartalen.
WITH lopend_pasjaar AS (
  SELECT periode,
         CAST(EXTRACT(year FROM einde) AS INTEGER)
         - CASE WHEN EXTRACT(month FROM einde) < 7 THEN 1 ELSE 0 END AS pasjaar
  FROM kwartalen
),
per_pasjaar AS (
  SELECT pasjaar, COUNT(DISTINCT inwoner_id) AS houders FROM upas GROUP BY pasjaar
)
SELECT l.periode, '' AS sleutel, h.houders AS waarde, h.houders AS personen
FROM lopend_pasjaar l
JOIN per_pasjaar h ON h.pasjaar = l.pasjaar
