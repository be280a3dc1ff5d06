-- Toekenningen van minimaregelingen met een besluitdatum in de periode:
-- begin <= besluitdatum <= einde. De regeling is hier een dimensie, zodat het totaal alle
-- minimaregelingen telt (de uitsplitsing regeling telt in het totaal alleen de bijstand).
SELECT k.periode, a.besluitdatum AS peildatum, a.inwoner_id, a.regeling
FROM kwartalen k
JOIN aanvraag a ON a.besluitdatum BETWEEN k.begin AND k.einde
WHERE a.besluit = 'toekenning'
  AND a.regeling IN ('bijzondere_bijstand', 'iit', 'kwijtschelding', 'studietoeslag', 'upas')
