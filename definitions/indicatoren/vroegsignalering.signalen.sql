-- Signalen met een datum in de periode, naar bron.
SELECT k.periode, v.datum AS peildatum, v.inwoner_id, v.bron
FROM kwartalen k
JOIN vroegsignaal v ON v.datum BETWEEN k.begin AND k.einde
