-- Noemer: PW-uitkeringen die op de laatste dag (einde) lopen. Teller: de inwoner kreeg een
-- minimaregeling toegekend met einde - 364 <= besluitdatum <= einde.
SELECT k.periode, k.einde AS peildatum, u.inwoner_id,
       (k.periode, u.inwoner_id) IN (
         SELECT k2.periode, a.inwoner_id FROM kwartalen k2
         JOIN aanvraag a
           ON a.besluit = 'toekenning' AND a.besluitdatum BETWEEN k2.einde - 364 AND k2.einde
         WHERE a.regeling IN ('bijzondere_bijstand', 'iit', 'kwijtschelding', 'studietoeslag', 'upas')
       ) AS teller
FROM kwartalen k
JOIN uitkering u
  ON u.regeling = 'PW' AND u.startdatum <= k.einde
 AND (u.einddatum IS NULL OR u.einddatum > k.einde)
