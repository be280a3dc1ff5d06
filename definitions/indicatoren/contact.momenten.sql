-- Contactmomenten met een datum in het kwartaal.
SELECT k.periode, c.datum AS peildatum, c.inwoner_id, c.kanaal
FROM kwartalen k
JOIN contactmoment c ON c.datum BETWEEN k.begin AND k.einde
