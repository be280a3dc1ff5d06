# SPDX-License-Identifier: EUPL-1.2
"""Inzage met reden gives read access only; writing in a colleague's file needs a
vervanging, which the teamleider sets for a period and which is audited."""

from datetime import date, timedelta

import pytest

from tests.web.conftest import VANDAAG
from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.registry.models import Contactmoment
from werkspoor.substitutions.models import Vervanging
from werkspoor.web import roles

REASON = "De inwoner staat aan de balie en Mo is ziek"


@pytest.fixture
def coach(client, office):
    client.force_login(office.users[roles.WERKCOACH])
    return client


def _contact(client, inwoner):
    return client.post(
        f"/inwoners/{inwoner.pk}/contact/", {"datum": VANDAAG.isoformat(), "kanaal": "telefonisch"}
    )


def test_after_inzage_met_reden_a_werkcoach_reads_but_cannot_write(coach, office):
    path = f"/inwoners/{office.colleagues.pk}/"
    coach.post(path + "inzage/", {"reden": REASON})
    page = coach.get(path).content.decode()
    assert "Bram Smit" in page and "wijzigen kan niet" in page
    assert "Contactmoment registreren" not in page
    refused = coach.get(path + "contact/")
    assert refused.status_code == 403
    assert "vervanging in te stellen" in refused.content.decode()
    assert _contact(coach, office.colleagues).status_code == 403
    assert not Contactmoment.objects.filter(inwoner=office.colleagues).exists()
    assert AuditRecord.objects.filter(
        actie=AuditActie.TOEGANG_GEWEIGERD, inwoner_id=office.colleagues.pk
    ).exists()


def test_a_vervanging_lets_the_substitute_write_for_its_period_only(coach, office, build):
    Vervanging.objects.create(
        vervanger=office.coach,
        afwezige=office.colleague,
        startdatum=VANDAAG - timedelta(days=7),
        einddatum=VANDAAG + timedelta(days=7),
        reden="verlof",
    )
    page = coach.get(f"/inwoners/{office.colleagues.pk}/").content.decode()
    assert "Contactmoment registreren" in page  # no reason asked, write access
    assert _contact(coach, office.colleagues).status_code == 302
    contact = Contactmoment.objects.get(inwoner=office.colleagues)
    assert contact.werkcoach == office.coach
    assert _contact(coach, office.elsewhere).status_code == 302  # not another team's: inzage
    assert coach.get(f"/inwoners/{office.elsewhere.pk}/").status_code == 302


def test_an_ended_or_future_vervanging_gives_nothing(coach, office):
    for start, end in [(VANDAAG - timedelta(days=9), VANDAAG), (VANDAAG + timedelta(1), None)]:
        Vervanging.objects.create(
            vervanger=office.coach,
            afwezige=office.colleague,
            startdatum=start,
            einddatum=end or start + timedelta(days=5),
            reden="verlof",
        )
    response = coach.get(f"/inwoners/{office.colleagues.pk}/")
    assert response.status_code == 302 and response["Location"].endswith("/inzage/")


def test_the_teamleider_sets_a_vervanging_and_it_is_audited(client, office):
    client.force_login(office.users[roles.TEAMLEIDER])
    page = client.get("/team/vervangingen/")
    assert page.status_code == 200 and "Vervanging instellen" in page.content.decode()
    response = client.post(
        "/team/vervangingen/",
        {
            "afwezige": office.colleague.pk,
            "vervanger": office.coach.pk,
            "startdatum": VANDAAG.isoformat(),
            "einddatum": (VANDAAG + timedelta(days=14)).isoformat(),
            "reden": "Zwangerschapsverlof",
        },
    )
    assert response.status_code == 302
    vervanging = Vervanging.objects.get()
    assert vervanging.ingesteld_door == office.users[roles.TEAMLEIDER]
    record = AuditRecord.objects.get(actie=AuditActie.VERVANGING_INGESTELD)
    assert record.object_id == vervanging.pk and record.reden == "Zwangerschapsverlof"
    assert record.detail["vervanger"] == office.coach.pk
    listed = client.get("/team/vervangingen/").content.decode()
    assert "Sanne de Vries" in listed and "Zwangerschapsverlof" in listed


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"vervanger": "afwezige"}, "afwezige", "kan zichzelf niet vervangen"),
        ({"einddatum": VANDAAG}, "einddatum", "moet na de startdatum liggen"),
        ({"einddatum": VANDAAG + timedelta(days=400)}, "einddatum", "hoogstens een jaar"),
        ({"vervanger": "other_team"}, "vervanger", "uit uw team"),
        ({"reden": ""}, "reden", "Geef de reden"),
    ],
)
def test_a_vervanging_that_does_not_hold_is_refused_with_the_reason(
    client, office, change, field, message
):
    client.force_login(office.users[roles.TEAMLEIDER])
    data = {
        "afwezige": office.colleague.pk,
        "vervanger": office.coach.pk,
        "startdatum": VANDAAG.isoformat(),
        "einddatum": (VANDAAG + timedelta(days=14)).isoformat(),
        "reden": "Verlof",
    }
    for key, value in change.items():
        coaches = {"afwezige": office.colleague.pk, "other_team": office.other_team_coach.pk}
        data[key] = coaches.get(value, value.isoformat() if isinstance(value, date) else value)
    response = client.post("/team/vervangingen/", data)
    assert response.status_code == 400 and message in response.content.decode()
    assert not Vervanging.objects.exists()


def test_the_teamleider_ends_or_withdraws_a_vervanging(client, office):
    client.force_login(office.users[roles.TEAMLEIDER])
    running = Vervanging.objects.create(
        vervanger=office.coach,
        afwezige=office.colleague,
        startdatum=VANDAAG - timedelta(days=3),
        einddatum=VANDAAG + timedelta(days=3),
        reden="verlof",
    )
    planned = Vervanging.objects.create(
        vervanger=office.colleague,
        afwezige=office.coach,
        startdatum=VANDAAG + timedelta(days=10),
        einddatum=VANDAAG + timedelta(days=20),
        reden="vakantie",
    )
    assert client.post(f"/team/vervangingen/{running.pk}/beeindigen/").status_code == 302
    assert client.post(f"/team/vervangingen/{planned.pk}/beeindigen/").status_code == 302
    running.refresh_from_db()
    assert running.einddatum == VANDAAG and not Vervanging.objects.filter(pk=planned.pk).exists()
    ended = AuditRecord.objects.filter(actie=AuditActie.VERVANGING_BEEINDIGD)
    assert [r.object_id for r in ended.order_by("volgnummer")] == [running.pk, planned.pk]
    assert ended.order_by("volgnummer").last().detail["ingetrokken"] is True


@pytest.mark.parametrize("role", [roles.WERKCOACH, roles.BEDRIJFSADVISEUR, roles.BELEID])
def test_only_the_teamleider_opens_the_vervangingen_screen(client, office, role):
    client.force_login(office.users[role])
    assert client.get("/team/vervangingen/").status_code == 403


def test_a_teamleider_cannot_end_another_teams_vervanging(client, office, build):
    stranger = build.werkcoach("Piet Post", team=office.other_team_coach.team)
    other = Vervanging.objects.create(
        vervanger=stranger,
        afwezige=office.other_team_coach,
        startdatum=VANDAAG,
        einddatum=VANDAAG + timedelta(days=3),
        reden="verlof",
    )
    client.force_login(office.users[roles.TEAMLEIDER])
    assert client.post(f"/team/vervangingen/{other.pk}/beeindigen/").status_code == 404


def test_the_substitute_sees_whom_they_cover(coach, office):
    assert "U vervangt op dit moment niemand" in coach.get("/vervangingen/").content.decode()
    Vervanging.objects.create(
        vervanger=office.coach,
        afwezige=office.colleague,
        startdatum=VANDAAG,
        einddatum=VANDAAG + timedelta(days=3),
        reden="verlof",
    )
    page = coach.get("/vervangingen/").content.decode()
    assert "U vervangt Mo Bakker" in page and "Bram Smit" in page
    assert AuditRecord.objects.filter(actie=AuditActie.CASELOAD_BEKEKEN).exists()
