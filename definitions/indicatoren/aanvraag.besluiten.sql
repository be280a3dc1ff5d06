-- Besluiten in de periode: begin <= besluitdatum <= einde.
SELECT k.periode, a.besluitdatum AS peildatum, a.inwoner_id, a.regeling, a.besluit
FROM kwartalen k
JOIN aanvraag a ON a.besluitdatum BETWEEN k.begin AND k.einde
