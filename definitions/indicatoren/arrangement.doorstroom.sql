-- Arrangement op de eerste en op de laatste dag; beide dagen met een lopende PW-uitkering.
SELECT k.periode, k.einde AS peildatum, v.inwoner_id,
       CAST(v.arrangement AS VARCHAR) AS van, CAST(n.arrangement AS VARCHAR) AS naar
FROM kwartalen k
JOIN arrangementperiode v
  ON v.startdatum <= k.begin AND (v.einddatum IS NULL OR v.einddatum > k.begin)
JOIN arrangementperiode n
  ON n.inwoner_id = v.inwoner_id
 AND n.startdatum <= k.einde AND (n.einddatum IS NULL OR n.einddatum > k.einde)
WHERE v.arrangement <> n.arrangement
  AND EXISTS (SELECT 1 FROM uitkering u WHERE u.inwoner_id = v.inwoner_id AND u.regeling = 'PW'
              AND u.startdatum <= k.begin AND (u.einddatum IS NULL OR u.einddatum > k.begin))
  AND EXISTS (SELECT 1 FROM uitkering u WHERE u.inwoner_id = v.inwoner_id AND u.regeling = 'PW'
              AND u.startdatum <= k.einde AND (u.einddatum IS NULL OR u.einddatum > k.einde))
