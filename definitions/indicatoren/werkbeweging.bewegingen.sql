-- Elke beweging met haar dag; meetellen als de inwoner die dag in arrangement 3 zit.
WITH bewegingen AS (
  SELECT inwoner_id, startdatum AS dag, instrument AS beweging, startdatum AS telt_op
  FROM traject WHERE instrument IN ('scholing', 'werkervaringsplek')
  UNION ALL
  SELECT inwoner_id, datum, 'plaatsing', datum FROM plaatsing
  UNION ALL
  SELECT inwoner_id, startdatum, 'deeltijdwerk', startdatum FROM deeltijdwerk
  UNION ALL
  SELECT inwoner_id, einddatum - 1, 'uitstroom_werk', einddatum FROM uitkering
  WHERE regeling = 'PW' AND reden_beeindiging = 'werk'
)
SELECT k.periode, b.dag AS peildatum, b.inwoner_id, b.beweging
FROM bewegingen b
JOIN perioden k ON b.telt_op BETWEEN k.begin AND k.einde
JOIN arrangementperiode a
  ON a.inwoner_id = b.inwoner_id AND a.arrangement = 3
 AND a.startdatum <= b.dag AND (a.einddatum IS NULL OR a.einddatum > b.dag)
