-- De stappen van werkbeweging.bewegingen, per inwoner en periode samengenomen: één rij per
-- inwoner met de dag van zijn eerste stap in de periode.
WITH bewegingen AS (
  SELECT inwoner_id, startdatum AS dag, startdatum AS telt_op
  FROM traject WHERE instrument IN ('scholing', 'werkervaringsplek')
  UNION ALL
  SELECT inwoner_id, datum, datum FROM plaatsing
  UNION ALL
  SELECT inwoner_id, startdatum, startdatum FROM deeltijdwerk
  UNION ALL
  SELECT inwoner_id, einddatum - 1, einddatum FROM uitkering
  WHERE regeling = 'PW' AND reden_beeindiging = 'werk'
)
SELECT k.periode, MIN(b.dag) AS peildatum, b.inwoner_id
FROM bewegingen b
JOIN perioden k ON b.telt_op BETWEEN k.begin AND k.einde
JOIN arrangementperiode a
  ON a.inwoner_id = b.inwoner_id AND a.arrangement = 3
 AND a.startdatum <= b.dag AND (a.einddatum IS NULL OR a.einddatum > b.dag)
GROUP BY k.periode, b.inwoner_id
