-- Trajecten scholing met een startdatum in de periode.
SELECT k.periode, t.startdatum AS peildatum, t.inwoner_id
FROM perioden k
JOIN traject t ON t.startdatum BETWEEN k.begin AND k.einde
WHERE t.instrument = 'scholing'
