-- Eerste gesprekken met spoed in de periode; teller: uiterlijk op de n-de werkdag na de
-- aanmelding (kalender: werkdagen geteld tot en met elke dag).
SELECT k.periode, s.eerste_gesprek AS peildatum, s.inwoner_id,
       s.eerste_gesprek <= uiterst.dag AS teller
FROM kwartalen k
JOIN schuldhulptraject s
  ON s.eerste_gesprek BETWEEN k.begin AND k.einde AND s.spoed
JOIN termijn t
  ON t.code = 'schuldhulp_eerste_gesprek_spoed'
 AND s.aanmelddatum >= t.van AND (t.tot IS NULL OR s.aanmelddatum < t.tot)
JOIN kalender a ON a.dag = s.aanmelddatum
JOIN kalender uiterst ON uiterst.werkdag AND uiterst.werkdagen = a.werkdagen + t.waarde
