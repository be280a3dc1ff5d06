-- Uitkeringen beëindigd per een dag in de periode, met hun reden. Kenmerken op de laatste
-- dag met uitkering; een beëindiging zonder reden telt als 'overig'.
SELECT k.periode, u.einddatum - 1 AS peildatum, u.inwoner_id, u.regeling,
       COALESCE(NULLIF(u.reden_beeindiging, ''), 'overig') AS reden
FROM perioden k
JOIN uitkering u ON u.einddatum BETWEEN k.begin AND k.einde
