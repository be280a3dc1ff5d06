-- Per besluit in de periode de kalenderdagen van aanvraag tot besluit.
SELECT k.periode, a.besluitdatum AS peildatum, a.inwoner_id, a.regeling,
       a.besluitdatum - a.aanvraagdatum AS score
FROM kwartalen k
JOIN aanvraag a ON a.besluitdatum BETWEEN k.begin AND k.einde
