# SPDX-License-Identifier: EUPL-1.2
"""The register of processing activities, the log lines (one per data subject, pseudonymised,
in the current trace) and their chains per segment: verification finds an edited, missing
or foreign line, and retention removes whole segments without breaking verification."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection

from werkspoor.core import trace
from werkspoor.logbook import guard, retention, services
from werkspoor.logbook.chain import verify
from werkspoor.logbook.models import Segment, StatusCode, Verwerking, Verwijdering
from werkspoor.logbook.pseudonym import BSN, pseudonym
from werkspoor.logbook.register import RegisterError, load_register, register

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")
SPAN = trace.TraceContext("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7")


def test_every_activity_has_purpose_legal_basis_and_retention():
    activities = register().current()
    assert {"dossier-inzien", "api-lezen", "brp-raadplegen", "verwerkingen-inzien"} <= {
        a.id for a in activities
    }
    for activiteit in activities:
        assert activiteit.doel and activiteit.grondslag.startswith("art. 6 lid 1")
        assert activiteit.bewaartermijn_maanden >= 1
        assert activiteit.uri.endswith(f":{activiteit.id}:{activiteit.versie}")


def test_a_bad_register_file_is_named_with_its_field(tmp_path):
    (tmp_path / "_register.yaml").write_text("verantwoordelijke: x\n", encoding="utf-8")
    (tmp_path / "kapot.yaml").write_text("id: kapot\nversie: 1\nnaam: x\n", encoding="utf-8")
    with pytest.raises(RegisterError, match="kapot.yaml: veld\\(en\\) ontbreken: doel"):
        load_register(str(tmp_path))


def test_one_line_per_resident_pseudonymised_in_the_current_trace(build):
    anna = build.inwoner(bsn="999990019")
    bram = build.inwoner()  # no BSN: Werkspoor's own number, pseudonymised
    with trace.activated(SPAN):
        lines = services.record("caseload-inzien", [anna, bram.pk], "Caseload bekeken")
    assert len(lines) == 2
    assert {line.trace_id for line in lines} == {SPAN.trace_id}
    assert {line.span_id for line in lines} == {SPAN.span_id}
    assert lines[0].betrokkene == pseudonym(BSN, "999990019")
    assert lines[1].betrokkene_soort == "werkspoor"
    stored = list(Verwerking.objects.values_list(flat=False))
    assert not any("999990019" in str(value) for row in stored for value in row)


def test_a_failed_processing_is_logged_as_failed(build):
    anna = build.inwoner(bsn="999990019")
    with pytest.raises(RuntimeError), services.verwerking("registratie-wijzigen", "Poging", [anna]):
        raise RuntimeError("mislukt")
    assert Verwerking.objects.get().status == StatusCode.FOUT


def _line_at(inwoner, moment: datetime, activiteit="dossier-inzien"):
    return services.record(
        activiteit, [inwoner], "Dossier bekeken", start=moment, eind=moment, span=SPAN
    )[0]


def test_verify_finds_an_edited_a_missing_and_a_foreign_line(build):
    anna = build.inwoner(bsn="999990019")
    for day in (1, 2, 3):
        _line_at(anna, datetime(2024, 5, day, 10, tzinfo=AMS))
    assert verify().intact and verify().lines == 3
    guard.uninstall(connection)
    try:
        second = Verwerking.objects.order_by("volgnummer")[1]
        Verwerking.objects.filter(pk=second.pk).update(naam="Iets anders")
        assert "regel 2 is gewijzigd" in " ".join(verify().problems)
        Verwerking.objects.filter(pk=second.pk).update(naam="Dossier bekeken")
        assert verify().intact
        Verwerking.objects.filter(volgnummer=3).delete()
        assert "3 geschreven" in " ".join(verify().problems)
    finally:
        guard.install(connection)


def test_retention_removes_whole_segments_and_verification_still_holds(build):
    anna = build.inwoner(bsn="999990019")
    _line_at(anna, datetime(2022, 1, 15, 9, tzinfo=AMS))  # dossier-inzien: 24 months
    _line_at(anna, datetime(2022, 1, 20, 9, tzinfo=AMS))
    _line_at(anna, datetime(2024, 5, 1, 9, tzinfo=AMS))
    old = Segment.objects.get(maand=date(2022, 1, 1))
    assert retention.expires_on(old) == date(2024, 2, 1)
    assert retention.clean(date(2024, 1, 31)) == []
    removed = retention.clean(date(2024, 2, 1))
    assert [(s.pk, n) for s, n in removed] == [(old.pk, 2)]
    assert Verwerking.objects.count() == 1
    report = verify()
    assert report.intact, report.problems
    ledger = Verwijdering.objects.get()
    assert ledger.aantal == 2 and "24 maanden" in ledger.reden


def test_a_segment_removed_behind_the_ledgers_back_is_found(build):
    anna = build.inwoner(bsn="999990019")
    _line_at(anna, datetime(2022, 1, 15, 9, tzinfo=AMS))
    guard.uninstall(connection)
    try:
        Segment.objects.update(verwijderd_op=datetime(2024, 3, 1, tzinfo=AMS))
        Verwerking.objects.all().delete()
        assert "niet in de verwijderlijst" in " ".join(verify().problems)
    finally:
        guard.install(connection)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the guard is PostgreSQL's")
def test_postgresql_refuses_editing_or_deleting_a_live_line(build):
    from django.db import DatabaseError, transaction

    anna = build.inwoner(bsn="999990019")
    _line_at(anna, datetime(2024, 5, 1, 9, tzinfo=AMS))
    for sql in ("UPDATE logbook_verwerking SET naam = 'x'", "DELETE FROM logbook_verwerking"):
        with pytest.raises(DatabaseError), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(sql)
    assert Verwerking.objects.count() == 1
