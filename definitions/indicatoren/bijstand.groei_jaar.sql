-- Afgeleid van bijstand.bestand: zelfde uitsplitsing, dezelfde periode een jaar eerder.
SELECT k.periode, nu.sleutel,
       ROUND(100.0 * (nu.waarde - toen.waarde) / NULLIF(toen.waarde, 0), 1) AS waarde,
       LEAST(nu.personen, toen.personen) AS personen
FROM perioden k
JOIN uitkomst nu ON nu.indicator = 'bijstand.bestand' AND nu.periode = k.periode
JOIN uitkomst toen ON toen.indicator = 'bijstand.bestand' AND toen.periode = k.jaar_eerder
  AND toen.sleutel = nu.sleutel
