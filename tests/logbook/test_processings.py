# SPDX-License-Identifier: EUPL-1.2
"""Every processing of a resident's data writes its lines: a dossier view and a write in
the werkplek, a caseload page and the rules check on it, an API write, an import and an
indicator computation. Every audit action is either such a processing (the register says
which activity) or named here as none; a refused request writes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from werkspoor.core import trace
from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.core.today import vandaag
from werkspoor.logbook.models import Verwerking
from werkspoor.logbook.pseudonym import BSN, pseudonym
from werkspoor.logbook.register import register
from werkspoor.registry.models import Inwoner
from werkspoor.web import roles

pytestmark = pytest.mark.django_db

# Audit actions that are not a processing of a resident's data of their own: a refusal shows
# nothing; a BRP query is logged around the call itself, under its own span (brp/services.py);
# the rest are about accounts, clients, the audit log or published aggregate figures
# (a duiding, a reference series: no resident's data).
NOT_A_PROCESSING = {
    "duiding_geschreven",
    "duiding_goedgekeurd",
    "referenties_ingelezen",
    "toegang_geweigerd",
    "brp_geraadpleegd",
    "api_client_uitgegeven",
    "api_client_gewijzigd",
    "api_client_ingetrokken",
    "vervanging_ingesteld",
    "vervanging_beeindigd",
    "checkpoint_geschreven",
    "auditlog_opgeschoond",
}


def test_every_audit_action_is_a_registered_processing_or_named_as_none():
    mapped = {actie for a in register().current() for actie in a.auditacties}
    undecided = set(AuditActie.values) - mapped - NOT_A_PROCESSING
    assert not undecided, f"give these an activity in definitions/verwerkingen/: {undecided}"
    assert not mapped & NOT_A_PROCESSING


@pytest.fixture
def werkplek(build, client):
    coach = build.werkcoach("Sanne de Vries")
    anna = build.caseload_inwoner(coach, bsn="999990019")
    bram = build.caseload_inwoner(coach)
    client.force_login(build.user(roles.WERKCOACH, "werkcoach", werkcoach=coach))
    return client, anna, bram


def _lines(activiteit: str):
    return list(Verwerking.objects.filter(activiteit=activiteit).order_by("volgnummer"))


def test_a_write_in_the_werkplek_shares_trace_and_span_with_its_audit_record(werkplek):
    client, anna, _ = werkplek
    response = client.post(
        f"/inwoners/{anna.pk}/contact/", {"datum": "2024-06-01", "kanaal": "mail"}
    )
    assert response.status_code == 302
    (line,) = _lines("registratie-wijzigen")
    record = AuditRecord.objects.get(actie=AuditActie.CONTACT_GEREGISTREERD)
    assert (line.trace_id, line.span_id) == (record.trace_id, record.span_id)
    assert line.betrokkene == pseudonym(BSN, "999990019")
    assert response["traceresponse"] == f"00-{line.trace_id}-{line.span_id}-01"


def test_a_caseload_page_logs_every_resident_shown_and_whom_the_rules_checked(build, werkplek):
    client, anna, bram = werkplek
    build.vrijwilligersvergoeding(anna, vandaag(), "50.00")  # bram has no registration
    assert client.get("/caseload/").status_code == 200
    shown = _lines("caseload-inzien")
    checked = _lines("regels-toetsen")
    assert len(shown) == 2
    assert [line.betrokkene for line in checked] == [pseudonym(BSN, "999990019")]
    assert {line.trace_id for line in shown + checked} == {shown[0].trace_id}
    record = AuditRecord.objects.get(actie=AuditActie.CASELOAD_BEKEKEN)
    assert sorted(record.detail["inwoners"]) == sorted([anna.pk, bram.pk])


def test_a_refused_dossier_writes_no_processing(build, client, werkplek):
    _, anna, _ = werkplek
    client.force_login(build.user(roles.BELEID, "beleid"))
    assert client.get(f"/inwoners/{anna.pk}/").status_code == 403
    assert not _lines("dossier-inzien")


def test_an_api_write_is_logged_and_a_refused_one_is_not(issue, build):
    api = issue(scopes=["inwoners:schrijven"])
    body = {
        "bsn": "999990019",
        "geboortedatum": "1990-01-01",
        "wijk": "Overvecht",
        "huishoudtype": "alleenstaande",
    }
    assert api.post("/api/v1/inwoners", body).status_code == 201
    (line,) = _lines("registratie-wijzigen")
    assert line.betrokkene == pseudonym(BSN, "999990019")
    assert api.post("/api/v1/inwoners", {**body, "wijk": 7}).status_code in (400, 409)
    assert len(_lines("registratie-wijzigen")) == 1


def test_an_import_logs_every_resident_it_wrote_about(folder):
    from tests.exchange.conftest import run_import

    with trace.activated(trace.continue_or_start(None)):
        report = run_import(folder)
    assert report.count("inwoners.csv").imported > 0
    lines = _lines("registratie-inlezen")
    assert len(lines) == Inwoner.objects.count()
    assert len({line.betrokkene for line in lines}) == len(lines)  # one line per person


def test_computing_indicators_logs_every_resident_of_the_registry(build):
    from werkspoor.core.periods import Quarter
    from werkspoor.indicators.services import published_cells

    for _ in range(3):
        build.caseload_inwoner(build.werkcoach())
    published_cells(Quarter(2024, 1), Quarter(2024, 1))
    lines = _lines("stuurinformatie-berekenen")
    assert len(lines) == 3
    assert date.today() >= lines[0].start.date()
