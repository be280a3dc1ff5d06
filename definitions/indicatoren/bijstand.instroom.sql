-- Uitkeringen die in het kwartaal begonnen: begin <= startdatum <= einde.
SELECT k.periode, u.startdatum AS peildatum, u.inwoner_id, u.regeling
FROM kwartalen k
JOIN uitkering u ON u.startdatum BETWEEN k.begin AND k.einde
