-- Uitkeringen beëindigd per een dag in het kwartaal. Kenmerken op de laatste dag met uitkering.
SELECT k.periode, u.einddatum - 1 AS peildatum, u.inwoner_id, u.regeling
FROM kwartalen k
JOIN uitkering u ON u.einddatum BETWEEN k.begin AND k.einde
