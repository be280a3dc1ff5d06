-- Open op de laatste dag: aanvraagdatum <= einde en (geen besluitdatum of besluitdatum > einde).
SELECT k.periode, k.einde AS peildatum, a.inwoner_id, a.regeling
FROM kwartalen k
JOIN aanvraag a
  ON a.aanvraagdatum <= k.einde AND (a.besluitdatum IS NULL OR a.besluitdatum > k.einde)
