-- Inburgeringen die op de laatste dag (einde) lopen, met de leerroute van die dag.
SELECT k.periode, k.einde AS peildatum, i.inwoner_id,
       CASE WHEN i.pip_datum IS NULL OR i.pip_datum > k.einde THEN 'geen_pip'
            ELSE i.route END AS route,
       i.doelgroep
FROM kwartalen k
JOIN inburgering i
  ON i.startdatum <= k.einde AND (i.einddatum IS NULL OR i.einddatum > k.einde)
