-- Inwoners met een lopende uitkering op de laatste dag; teller: een doel dat die dag actief is.
SELECT k.periode, k.einde AS peildatum, u.inwoner_id, u.regeling,
       EXISTS (
         SELECT 1 FROM doel d
         WHERE d.inwoner_id = u.inwoner_id AND d.startdatum <= k.einde
           AND (d.status = 'actief' OR d.statusdatum > k.einde)
       ) AS teller
FROM kwartalen k
JOIN uitkering u
  ON u.startdatum <= k.einde AND (u.einddatum IS NULL OR u.einddatum > k.einde)
