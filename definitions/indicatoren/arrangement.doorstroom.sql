-- Arrangement op de eerste en op de laatste dag; beide dagen met een lopende PW-uitkering.
SELECT k.periode, k.einde AS peildatum, v.inwoner_id,
       CAST(v.arrangement AS VARCHAR) AS van, CAST(n.arrangement AS VARCHAR) AS naar
FROM perioden k
JOIN arrangementperiode v
  ON v.startdatum <= k.begin AND (v.einddatum IS NULL OR v.einddatum > k.begin)
JOIN arrangementperiode n
  ON n.inwoner_id = v.inwoner_id
 AND n.startdatum <= k.einde AND (n.einddatum IS NULL OR n.einddatum > k.einde)
WHERE v.arrangement <> n.arrangement
  AND (k.periode, v.inwoner_id) IN (
    SELECT k2.periode, u.inwoner_id FROM perioden k2 JOIN uitkering u ON u.regeling = 'PW'
       AND u.startdatum <= k2.begin AND (u.einddatum IS NULL OR u.einddatum > k2.begin))
  AND (k.periode, v.inwoner_id) IN (
    SELECT k2.periode, u.inwoner_id FROM perioden k2 JOIN uitkering u ON u.regeling = 'PW'
       AND u.startdatum <= k2.einde AND (u.einddatum IS NULL OR u.einddatum > k2.einde))
