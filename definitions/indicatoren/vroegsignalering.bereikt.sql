-- Signalen in de periode; teller: contact binnen de norm in dagen na het signaal.
SELECT k.periode, v.datum AS peildatum, v.inwoner_id,
       COALESCE(v.contactdatum - v.datum <= t.waarde, FALSE) AS teller
FROM kwartalen k
JOIN vroegsignaal v ON v.datum BETWEEN k.begin AND k.einde
JOIN termijn t
  ON t.code = 'vroegsignalering_contact'
 AND v.datum >= t.van AND (t.tot IS NULL OR v.datum < t.tot)
