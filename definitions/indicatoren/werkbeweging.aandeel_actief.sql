-- Noemer: inwoners met arrangement 3 op enige dag van de periode (overlapt [begin, einde]).
-- Teller: daarvan met een traject (geen activering) dat op enige dag van de periode liep.
WITH in_arrangement_3 AS (
  SELECT DISTINCT k.periode, k.begin, k.einde, a.inwoner_id
  FROM perioden k
  JOIN arrangementperiode a
    ON a.arrangement = 3 AND a.startdatum <= k.einde
   AND (a.einddatum IS NULL OR a.einddatum > k.begin)
)
SELECT i.periode, i.einde AS peildatum, i.inwoner_id,
       (i.periode, i.inwoner_id) IN (
         SELECT k2.periode, t.inwoner_id FROM perioden k2
         JOIN traject t ON t.instrument <> 'activering'
          AND t.startdatum <= k2.einde AND (t.einddatum IS NULL OR t.einddatum > k2.begin)
       ) AS teller
FROM in_arrangement_3 i
