-- Uitstroom met reden beëindiging 'werk'.
SELECT k.periode, u.einddatum - 1 AS peildatum, u.inwoner_id, u.regeling
FROM perioden k
JOIN uitkering u ON u.einddatum BETWEEN k.begin AND k.einde
WHERE u.reden_beeindiging = 'werk'
