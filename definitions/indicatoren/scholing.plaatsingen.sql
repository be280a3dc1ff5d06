-- Trajecten scholing met een startdatum in het kwartaal.
SELECT k.periode, t.startdatum AS peildatum, t.inwoner_id
FROM kwartalen k
JOIN traject t ON t.startdatum BETWEEN k.begin AND k.einde
WHERE t.instrument = 'scholing'
