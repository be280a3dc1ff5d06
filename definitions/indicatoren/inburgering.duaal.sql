-- Noemer: inburgeringen die op de laatste dag lopen. Teller: met een lopend traject of
-- deeltijdwerk op die dag.
SELECT k.periode, k.einde AS peildatum, i.inwoner_id,
       (k.periode, i.inwoner_id) IN (
         SELECT k2.periode, t.inwoner_id FROM kwartalen k2
         JOIN traject t
           ON t.startdatum <= k2.einde AND (t.einddatum IS NULL OR t.einddatum > k2.einde)
         UNION ALL
         SELECT k3.periode, d.inwoner_id FROM kwartalen k3
         JOIN deeltijdwerk d
           ON d.startdatum <= k3.einde AND (d.einddatum IS NULL OR d.einddatum > k3.einde)
       ) AS teller
FROM kwartalen k
JOIN inburgering i
  ON i.startdatum <= k.einde AND (i.einddatum IS NULL OR i.einddatum > k.einde)
