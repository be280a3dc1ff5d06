-- Aanmeldingen met een aanmelddatum in de periode [begin, einde].
SELECT k.periode, s.aanmelddatum AS peildatum, s.inwoner_id,
       CASE WHEN s.spoed THEN 'ja' ELSE 'nee' END AS spoed
FROM kwartalen k
JOIN schuldhulptraject s ON s.aanmelddatum BETWEEN k.begin AND k.einde
