-- Uitkeringen die in de periode begonnen: begin <= startdatum <= einde.
SELECT k.periode, u.startdatum AS peildatum, u.inwoner_id, u.regeling
FROM perioden k
JOIN uitkering u ON u.startdatum BETWEEN k.begin AND k.einde
