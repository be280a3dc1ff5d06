-- Teller: besluitdatum - aanvraagdatum - opschorting_dagen <= de beslistermijn die gold op
-- de aanvraagdatum (tabel beslistermijn uit de gemeenteconfiguratie: vanaf <= datum < tot).
SELECT k.periode, a.besluitdatum AS peildatum, a.inwoner_id, a.regeling,
       a.besluitdatum - a.aanvraagdatum - a.opschorting_dagen <= t.dagen AS teller
FROM kwartalen k
JOIN aanvraag a ON a.besluitdatum BETWEEN k.begin AND k.einde
JOIN beslistermijn t
  ON t.regeling = a.regeling AND t.vanaf <= a.aanvraagdatum
 AND (t.tot IS NULL OR t.tot > a.aanvraagdatum)
