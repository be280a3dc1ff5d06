-- Eerste gesprekken zonder spoed in de periode; teller: binnen de termijn in dagen die op
-- de aanmelddatum gold (tabel termijn, gedateerd).
SELECT k.periode, s.eerste_gesprek AS peildatum, s.inwoner_id,
       s.eerste_gesprek - s.aanmelddatum <= t.waarde AS teller
FROM kwartalen k
JOIN schuldhulptraject s
  ON s.eerste_gesprek BETWEEN k.begin AND k.einde AND NOT s.spoed
JOIN termijn t
  ON t.code = 'schuldhulp_eerste_gesprek'
 AND s.aanmelddatum >= t.van AND (t.tot IS NULL OR s.aanmelddatum < t.tot)
