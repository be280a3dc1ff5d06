# SPDX-License-Identifier: EUPL-1.2
"""An access request end to end: a werkcoach opens a dossier, a system reads the same
resident through the API with a `traceparent`, and `werkspoor verwerkingen` finds exactly
the processings of that trace, pseudonymised, with activity, purpose and legal basis.
The lookup itself is audited and logged; only beheer and the privacyfunctionaris may."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from django.core.management import CommandError, call_command

from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.logbook.models import Verwerking
from werkspoor.web import roles

pytestmark = pytest.mark.django_db
TRACE = "0af7651916cd43dd8448eb211c80319c"
CALLER_SPAN = "b7ad6b7169203331"


def _verwerkingen(*args) -> dict:
    out = io.StringIO()
    call_command("verwerkingen", *args, "--formaat", "json", stdout=out)
    return json.loads(out.getvalue())


@pytest.fixture
def office(build, client):
    coach = build.werkcoach("Sanne de Vries")
    inwoner = build.caseload_inwoner(coach, bsn="999990019", voornaam="Fatma")
    werkcoach = build.user(roles.WERKCOACH, "werkcoach", werkcoach=coach)
    build.user(roles.FUNCTIONEEL_BEHEER, "beheer")
    client.force_login(werkcoach)
    return client, inwoner


def test_dossier_and_api_read_are_found_by_trace_id(office, issue):
    client, inwoner = office
    assert client.get(f"/inwoners/{inwoner.pk}/").status_code == 200
    api = issue(
        scopes=["inwoners:lezen", "uitkeringen:lezen"],
        headers={"HTTP_TRACEPARENT": f"00-{TRACE}-{CALLER_SPAN}-01"},
    )
    response = api.get(f"/api/v1/inwoners/{inwoner.pk}", expand="uitkeringen")
    assert response.status_code == 200
    assert response["traceresponse"].startswith(f"00-{TRACE}-")

    result = _verwerkingen("--bsn", "999990019", "--gebruiker", "beheer")
    in_trace = [v for v in result["verwerkingen"] if v["trace_id"] == TRACE]
    assert len(in_trace) == 1
    (api_read,) = in_trace
    assert api_read["activiteit"]["id"].endswith(":api-lezen:1")
    assert api_read["activiteit"]["grondslag"].startswith("art. 6 lid 1 sub e AVG")
    assert api_read["activiteit"]["doel"]
    assert api_read["status"] == "geslaagd"
    assert api_read["betrokkene"]["soort"] == "bsn"
    assert "999990019" not in json.dumps(api_read)  # pseudonymised
    dossier = [
        v for v in result["verwerkingen"] if v["activiteit"]["id"].endswith(":dossier-inzien:1")
    ]
    assert len(dossier) == 1 and dossier[0]["trace_id"] != TRACE
    line = Verwerking.objects.get(trace_id=TRACE)
    assert line.extern_span_id == CALLER_SPAN  # the caller's operation, kept as foreign
    assert line.extern_entiteit.startswith("urn:nl:werkspoor:api-client:")
    # the audit record of the same act (who) carries the same trace id
    assert AuditRecord.objects.filter(trace_id=TRACE, actie=AuditActie.API_GELEZEN).count() == 1


def test_the_lookup_is_audited_and_logged_itself(office):
    _, inwoner = office
    _verwerkingen("--bsn", "999990019", "--gebruiker", "beheer", "--verzoek", "AVG-2024-17")
    record = AuditRecord.objects.get(actie=AuditActie.VERWERKINGEN_INGEZIEN)
    assert record.gebruiker == "beheer" and record.inwoner_id == inwoner.pk
    assert record.reden == "AVG-2024-17"
    assert Verwerking.objects.filter(activiteit="verwerkingen-inzien").count() == 1


def test_a_period_limits_the_answer(office):
    client, inwoner = office
    client.get(f"/inwoners/{inwoner.pk}/")
    assert (
        _verwerkingen("--bsn", "999990019", "--gebruiker", "beheer", "--tot", "2000-01-01")[
            "aantal"
        ]
        == 0
    )


def test_only_beheer_and_the_privacy_officer_may_look_up(office, build):
    build.user(roles.WERKCOACH, "nieuwsgierig")
    with pytest.raises(CommandError, match="mag geen verwerkingen opzoeken"):
        _verwerkingen("--bsn", "999990019", "--gebruiker", "nieuwsgierig")
    build.user(roles.PRIVACYFUNCTIONARIS, "fg")
    assert _verwerkingen("--bsn", "999990019", "--gebruiker", "fg")["bsn"] == "999990019"
    with pytest.raises(CommandError, match="geen geldig BSN"):
        _verwerkingen("--bsn", "123", "--gebruiker", "fg")


def test_a_brp_check_passes_the_trace_on_and_is_logged_under_its_own_span(office, brp):
    client, inwoner = office
    client.post(
        f"/inwoners/{inwoner.pk}/brp/",
        {"actie": "controleren"},
        HTTP_TRACEPARENT=f"00-{TRACE}-{CALLER_SPAN}-01",
    )
    sent = brp.requests[-1]["headers"]["traceparent"]
    _, trace_id, span_id, _ = sent.split("-")
    assert trace_id == TRACE
    line = Verwerking.objects.get(activiteit="brp-raadplegen")
    assert (line.trace_id, line.span_id) == (TRACE, span_id)
    assert line.parent_span_id and line.parent_span_id != CALLER_SPAN  # under our request's span
    assert date.today() >= line.start.date()
