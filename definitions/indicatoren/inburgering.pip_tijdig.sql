-- PIP's gedagtekend in de periode; teller: binnen de termijn die op de startdatum gold.
SELECT k.periode, i.pip_datum AS peildatum, i.inwoner_id,
       i.pip_datum - i.startdatum <= t.waarde AS teller
FROM kwartalen k
JOIN inburgering i ON i.pip_datum BETWEEN k.begin AND k.einde
JOIN termijn t
  ON t.code = 'inburgering_pip'
 AND i.startdatum >= t.van AND (t.tot IS NULL OR i.startdatum < t.tot)
