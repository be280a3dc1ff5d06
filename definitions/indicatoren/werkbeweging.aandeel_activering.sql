-- Noemer: inwoners met arrangement 3 op enige dag van het kwartaal (periode overlapt [begin, einde]).
-- Teller: daarvan met een traject activering dat op enige dag van het kwartaal liep.
WITH in_arrangement_3 AS (
  SELECT DISTINCT k.periode, k.begin, k.einde, a.inwoner_id
  FROM kwartalen k
  JOIN arrangementperiode a
    ON a.arrangement = 3 AND a.startdatum <= k.einde
   AND (a.einddatum IS NULL OR a.einddatum > k.begin)
)
SELECT i.periode, i.einde AS peildatum, i.inwoner_id,
       EXISTS (
         SELECT 1 FROM traject t
         WHERE t.inwoner_id = i.inwoner_id AND t.instrument = 'activering'
           AND t.startdatum <= i.einde AND (t.einddatum IS NULL OR t.einddatum > i.begin)
       ) AS teller
FROM in_arrangement_3 i
