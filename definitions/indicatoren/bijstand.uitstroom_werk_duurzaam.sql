-- Uitstroom naar werk in de periode zonder nieuwe PW-uitkering die start in
-- [einddatum, einddatum + 365).
SELECT k.periode, u.einddatum - 1 AS peildatum, u.inwoner_id
FROM kwartalen k
JOIN uitkering u
  ON u.regeling = 'PW' AND u.reden_beeindiging = 'werk'
 AND u.einddatum BETWEEN k.begin AND k.einde
WHERE u.id NOT IN (
  SELECT o.id
  FROM uitkering o
  JOIN uitkering n
    ON n.inwoner_id = o.inwoner_id AND n.regeling = 'PW'
   AND n.startdatum >= o.einddatum AND n.startdatum < o.einddatum + 365
  WHERE o.regeling = 'PW' AND o.reden_beeindiging = 'werk'
)
