-- Arrangement op de eerste dag (begin) van de periode, met een lopende PW-uitkering op die dag.
SELECT k.periode, k.begin AS peildatum, a.inwoner_id, CAST(a.arrangement AS VARCHAR) AS arrangement
FROM perioden k
JOIN arrangementperiode a
  ON a.startdatum <= k.begin AND (a.einddatum IS NULL OR a.einddatum > k.begin)
WHERE (k.periode, a.inwoner_id) IN (
  SELECT k2.periode, u.inwoner_id FROM perioden k2
  JOIN uitkering u ON u.regeling = 'PW'
   AND u.startdatum <= k2.begin AND (u.einddatum IS NULL OR u.einddatum > k2.begin)
)
