-- Lopende uitkeringen op de laatste dag (einde) van elke periode.
SELECT k.periode, k.einde AS peildatum, u.inwoner_id, u.regeling
FROM perioden k
JOIN uitkering u
  ON u.startdatum <= k.einde AND (u.einddatum IS NULL OR u.einddatum > k.einde)
