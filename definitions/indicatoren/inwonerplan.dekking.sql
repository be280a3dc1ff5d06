-- Inwoners met een lopende uitkering op de laatste dag; teller: een doel dat die dag actief is.
SELECT k.periode, k.einde AS peildatum, u.inwoner_id, u.regeling,
       (k.periode, u.inwoner_id) IN (
         SELECT k2.periode, d.inwoner_id FROM perioden k2
         JOIN doel d ON d.startdatum <= k2.einde
          AND (d.status = 'actief' OR d.statusdatum > k2.einde)
       ) AS teller
FROM perioden k
JOIN uitkering u
  ON u.startdatum <= k.einde AND (u.einddatum IS NULL OR u.einddatum > k.einde)
