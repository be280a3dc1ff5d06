-- Aanvragen ontvangen in de periode: begin <= aanvraagdatum <= einde.
SELECT k.periode, a.aanvraagdatum AS peildatum, a.inwoner_id, a.regeling
FROM kwartalen k
JOIN aanvraag a ON a.aanvraagdatum BETWEEN k.begin AND k.einde
