-- Arrangement op de eerste dag (begin) van het kwartaal, met een lopende PW-uitkering op die dag.
SELECT k.periode, k.begin AS peildatum, a.inwoner_id, CAST(a.arrangement AS VARCHAR) AS arrangement
FROM kwartalen k
JOIN arrangementperiode a
  ON a.startdatum <= k.begin AND (a.einddatum IS NULL OR a.einddatum > k.begin)
WHERE EXISTS (
  SELECT 1 FROM uitkering u
  WHERE u.inwoner_id = a.inwoner_id AND u.regeling = 'PW'
    AND u.startdatum <= k.begin AND (u.einddatum IS NULL OR u.einddatum > k.begin)
)
