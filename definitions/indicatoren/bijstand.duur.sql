-- Lopende uitkeringen op de laatste dag, met de duur in hele jaren sinds de startdatum.
SELECT periode, peildatum, inwoner_id, regeling,
       CASE WHEN jaren < 1 THEN '<1' WHEN jaren < 2 THEN '1-2'
            WHEN jaren < 5 THEN '2-5' ELSE '5+' END AS duurklasse
FROM (
  SELECT k.periode, k.einde AS peildatum, u.inwoner_id, u.regeling,
         EXTRACT(year FROM k.einde) - EXTRACT(year FROM u.startdatum)
         - CASE WHEN EXTRACT(month FROM k.einde) * 100 + EXTRACT(day FROM k.einde)
                   < EXTRACT(month FROM u.startdatum) * 100 + EXTRACT(day FROM u.startdatum)
                THEN 1 ELSE 0 END AS jaren
  FROM perioden k
  JOIN uitkering u
    ON u.startdatum <= k.einde AND (u.einddatum IS NULL OR u.einddatum > k.einde)
) lopend
