-- Caseload per werkcoach op de laatste dag; daarna de statistieken over de werkcoaches.
-- :caseload_min en :caseload_max komen uit de gemeenteconfiguratie. Gemiddelde en mediaan
-- rusten op de inwoners in de caseloads; aantallen werkcoaches tellen geen inwoners
-- (personen NULL: geen onthullingscontrole).
WITH caseload AS (
  SELECT k.periode, t.werkcoach_id, COUNT(DISTINCT t.inwoner_id) AS inwoners
  FROM perioden k
  JOIN toewijzing t
    ON t.startdatum <= k.einde AND (t.einddatum IS NULL OR t.einddatum > k.einde)
  JOIN uitkering u
    ON u.inwoner_id = t.inwoner_id AND u.regeling = 'PW'
   AND u.startdatum <= k.einde AND (u.einddatum IS NULL OR u.einddatum > k.einde)
  GROUP BY k.periode, t.werkcoach_id
),
statistieken AS (
  SELECT periode,
         ROUND(AVG(inwoners), 1) AS gemiddelde,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY inwoners) AS mediaan,
         SUM(inwoners) AS inwoners,
         COUNT(*) AS werkcoaches,
         SUM(CASE WHEN inwoners > :caseload_max THEN 1 ELSE 0 END) AS boven_max,
         SUM(CASE WHEN inwoners < :caseload_min THEN 1 ELSE 0 END) AS onder_min
  FROM caseload GROUP BY periode
)
SELECT periode, 'statistiek' || chr(31) || 'gemiddelde' AS sleutel, gemiddelde AS waarde, inwoners AS personen FROM statistieken
UNION ALL
SELECT periode, 'statistiek' || chr(31) || 'mediaan', mediaan, inwoners FROM statistieken
UNION ALL
SELECT periode, 'statistiek' || chr(31) || 'werkcoaches', werkcoaches, NULL FROM statistieken
UNION ALL
SELECT periode, 'statistiek' || chr(31) || 'boven_' || CAST(:caseload_max AS VARCHAR), boven_max, NULL FROM statistieken
UNION ALL
SELECT periode, 'statistiek' || chr(31) || 'onder_' || CAST(:caseload_min AS VARCHAR), onder_min, NULL FROM statistieken
