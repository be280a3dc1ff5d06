-- Afgeleid van de indicator :bron (totaal): werkbeweging.bewegingen (stappen) of, voor
-- werkbeweging.extra_personen_cumulatief, werkbeweging.personen. Een kwartaal zonder telt als 0.
-- De personen van het cijfer: het kleinste aantal (niet 0) in een kwartaal, want het verschil
-- tussen twee opeenvolgende standen verraadt dat aantal. :programma_van komt uit het
-- programma Werkbeweging in de gemeenteconfiguratie (doelen.yaml).
WITH per_kwartaal AS (
  SELECT k.periode, k.volgnummer, COALESCE(b.waarde, 0) AS bewegingen,
         COALESCE(b.personen, 0) AS personen
  FROM perioden k
  LEFT JOIN uitkomst b
    ON b.indicator = :bron AND b.periode = k.periode AND b.sleutel = ''
  WHERE k.soort = 'kwartaal'
),
basislijn AS (
  SELECT AVG(bewegingen) AS gemiddeld, MIN(NULLIF(personen, 0)) AS personen, COUNT(*) AS kwartalen
  FROM per_kwartaal WHERE periode BETWEEN :basislijn_van AND :basislijn_tot
)
SELECT p.periode, '' AS sleutel,
       ROUND(SUM(p.bewegingen - b.gemiddeld) OVER (ORDER BY p.volgnummer), 1) AS waarde,
       COALESCE(LEAST(b.personen, MIN(NULLIF(p.personen, 0)) OVER (ORDER BY p.volgnummer)), 0) AS personen
FROM per_kwartaal p CROSS JOIN basislijn b
WHERE p.periode >= :programma_van
  AND b.kwartalen = (SELECT COUNT(*) FROM perioden WHERE soort = 'kwartaal' AND periode BETWEEN :basislijn_van AND :basislijn_tot)
