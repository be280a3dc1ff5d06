-- Trajecten die op de laatste dag (einde) lopen, met hun huidige soort hulp.
SELECT k.periode, k.einde AS peildatum, s.inwoner_id,
       COALESCE(NULLIF(s.soort, ''), 'onbepaald') AS soort
FROM kwartalen k
JOIN schuldhulptraject s
  ON s.aanmelddatum <= k.einde AND (s.einddatum IS NULL OR s.einddatum > k.einde)
