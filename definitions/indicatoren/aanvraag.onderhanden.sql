-- Open op de laatste dag: aanvraagdatum <= einde en (geen besluitdatum of besluitdatum > einde).
-- Zonder besluit telt als een besluit in de verre toekomst (twee ongelijkheden: een snelle join).
SELECT k.periode, k.einde AS peildatum, a.inwoner_id, a.regeling
FROM kwartalen k
JOIN aanvraag a
  ON a.aanvraagdatum <= k.einde AND COALESCE(a.besluitdatum, DATE '9999-12-31') > k.einde
