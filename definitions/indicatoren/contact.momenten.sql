-- Contactmomenten met een datum in de periode.
SELECT k.periode, c.datum AS peildatum, c.inwoner_id, c.kanaal
FROM perioden k
JOIN contactmoment c ON c.datum BETWEEN k.begin AND k.einde
