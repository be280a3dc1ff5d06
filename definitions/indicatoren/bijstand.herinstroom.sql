-- Nieuwe PW-uitkeringen in de periode van wie een PW-uitkering had die eindigde in de 365
-- dagen tot en met de nieuwe startdatum: startdatum - 364 <= einddatum <= startdatum.
SELECT k.periode, u.startdatum AS peildatum, u.inwoner_id
FROM kwartalen k
JOIN uitkering u ON u.regeling = 'PW' AND u.startdatum BETWEEN k.begin AND k.einde
WHERE u.id IN (
  SELECT n.id
  FROM uitkering n
  JOIN uitkering v
    ON v.inwoner_id = n.inwoner_id AND v.regeling = 'PW'
   AND v.einddatum BETWEEN n.startdatum - 364 AND n.startdatum
  WHERE n.regeling = 'PW'
)
