-- Eerste gesprekken in de periode; score = dagen van aanmelding tot gesprek.
SELECT k.periode, s.eerste_gesprek AS peildatum, s.inwoner_id,
       CASE WHEN s.spoed THEN 'ja' ELSE 'nee' END AS spoed,
       s.eerste_gesprek - s.aanmelddatum AS score
FROM kwartalen k
JOIN schuldhulptraject s ON s.eerste_gesprek BETWEEN k.begin AND k.einde
