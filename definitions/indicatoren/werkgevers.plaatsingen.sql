-- Plaatsingen met een datum in de periode, met de soort en de sector van de werkgever.
SELECT k.periode, p.datum AS peildatum, p.inwoner_id, p.soort,
       COALESCE(NULLIF(w.sector, ''), 'onbekend') AS sector
FROM perioden k
JOIN plaatsing p ON p.datum BETWEEN k.begin AND k.einde
LEFT JOIN werkgever w ON w.id = p.werkgever_id
