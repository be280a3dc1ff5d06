# SPDX-License-Identifier: EUPL-1.2
"""Start pages by role, and the teamleider's tools: signal counts per coach, residents
waiting for a werkcoach, caseload sizes and the guideline in the reassign forms, bulk
reassignment."""

from dataclasses import replace
from datetime import date, timedelta
from html import unescape
from unittest import mock

import pytest

from tests.web.conftest import VANDAAG
from werkspoor.core.gemeente import current_gemeente
from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.registry.models import Toewijzing
from werkspoor.web import roles
from werkspoor.web.models import Werkgebied
from werkspoor.web.start_pages import START_PAGES, start_page
from werkspoor.web.team import coach_choices, guideline_warning, team_overview


@pytest.mark.parametrize(
    ("role", "target"),
    [
        (roles.WERKCOACH, "/caseload/"),
        (roles.TEAMLEIDER, "/team/"),
        (roles.BEDRIJFSADVISEUR, "/werkgevers/"),
        (roles.BELEID, "/dashboard/"),
        (roles.FUNCTIONEEL_BEHEER, "/beheer/"),
        (roles.CONSULENT, "/aanvragen/"),
    ],
)
def test_after_login_each_role_lands_on_its_own_work(client, office, role, target):
    user = office.users[role]
    response = client.post(
        "/accounts/login/", {"username": user.username, "password": "Geheim-wachtwoord-42"}
    )
    assert response["Location"] == "/start/"
    assert client.get("/start/")["Location"] == target


def test_a_new_role_gets_its_start_page_with_one_row(office, monkeypatch):
    user = office.users[roles.BELEID]
    monkeypatch.setattr(
        "werkspoor.web.start_pages.START_PAGES", [("beleid", "/werkvoorraad/"), *START_PAGES]
    )
    assert start_page(user) == "/werkvoorraad/"


@pytest.mark.parametrize("role", [None, *roles.ROLES])
def test_the_home_page_never_shows_an_empty_heading(client, office, role):
    if role:
        client.force_login(office.users[role])
    html = client.get("/").content.decode()
    for heading in ("Mijn werk", "Verder"):
        if f">{heading}</h2>" in html:
            following = html.split(f">{heading}</h2>", 1)[1]
            assert "<li" in following.split("</ul>", 1)[0], heading


def test_team_overview_counts_signals_and_caseload_per_coach(office, build):
    build.taak(office.own, "Bellen", VANDAAG - timedelta(days=3))
    overview = team_overview([office.team.pk], VANDAAG)
    rows = {rij.coach: rij for rij in overview.rijen}
    assert rows[office.coach].inwoners == 1 and rows[office.colleague].inwoners == 1
    assert rows[office.coach].signalen["taak_verlopen"] == 1
    assert rows[office.coach].signalen["geen_contact"] == 1
    assert rows[office.colleague].signalen["taak_verlopen"] == 0
    assert ("taak_verlopen", "Taak verlopen") in overview.signaalsoorten


def test_reassign_choices_show_size_and_band_and_never_the_current_coach(office, build):
    for _ in range(3):
        build.caseload_inwoner(office.colleague)
    choices = dict(coach_choices([office.team.pk], VANDAAG, exclude=office.coach.pk))
    assert office.coach.pk not in choices
    assert choices[office.colleague.pk] == "Mo Bakker — 4 inwoners (onder de richtlijn 100–125)"


def test_a_coach_above_the_guideline_needs_confirmation(client, office):
    small = replace(current_gemeente(), caseload_min=0, caseload_max=1)
    with mock.patch("werkspoor.web.team.current_gemeente", return_value=small):
        assert "boven de richtlijn van 1" in guideline_warning(office.colleague, 1, VANDAAG)
        client.force_login(office.users[roles.TEAMLEIDER])
        url = f"/inwoners/{office.own.pk}/werkcoach/"
        form = {"werkcoach": office.colleague.pk, "ingangsdatum": VANDAAG.isoformat()}
        response = client.post(url, form)
        html = unescape(response.content.decode())
        assert response.status_code == 400
        assert "Mo Bakker heeft nu 1 inwoners; met 1 erbij worden dat er 2" in html
        assert client.post(url, {**form, "toch_toewijzen": "on"}).status_code == 302
    current = Toewijzing.objects.get(inwoner=office.own, einddatum__isnull=True)
    assert current.werkcoach == office.colleague


def test_the_current_coach_is_refused_in_the_reassign_form(client, office):
    client.force_login(office.users[roles.TEAMLEIDER])
    response = client.post(
        f"/inwoners/{office.own.pk}/werkcoach/",
        {"werkcoach": office.coach.pk, "ingangsdatum": VANDAAG.isoformat()},
    )
    assert response.status_code == 400
    assert "Kies een werkcoach uit uw team" in unescape(response.content.decode())


def test_bulk_reassignment_moves_every_selected_resident_or_none(client, office, build):
    second = build.caseload_inwoner(office.coach, voornaam="Dirk", achternaam="Dekker")
    third = build.caseload_inwoner(office.coach, voornaam="Els", achternaam="Eik")
    client.force_login(office.users[roles.TEAMLEIDER])
    page = client.get(f"/team/?werkcoach={office.coach.pk}").content.decode()
    assert 'name="inwoners"' in page and "Mo Bakker — 1 inwoners" in unescape(page)
    form = {
        "van": office.coach.pk,
        "inwoners": [office.own.pk, second.pk],
        "werkcoach": office.colleague.pk,
        "ingangsdatum": VANDAAG.isoformat(),
    }
    too_early = {**form, "ingangsdatum": "2019-01-01"}
    response = client.post("/team/herverdelen/", too_early)
    assert response.status_code == 400 and "Er is niemand verplaatst" in response.content.decode()
    assert (
        Toewijzing.objects.filter(werkcoach=office.colleague, einddatum__isnull=True).count() == 1
    )
    response = client.post("/team/herverdelen/", form)
    assert response.status_code == 302
    moved = Toewijzing.objects.filter(werkcoach=office.colleague, einddatum__isnull=True)
    assert set(moved.values_list("inwoner_id", flat=True)) == {
        office.colleagues.pk,
        office.own.pk,
        second.pk,
    }
    assert Toewijzing.objects.get(inwoner=third, einddatum__isnull=True).werkcoach == office.coach
    assert AuditRecord.objects.filter(actie=AuditActie.HERTOEGEWEZEN).count() == 2


def test_bulk_reassignment_accepts_only_residents_of_the_list_and_coaches_of_the_team(
    client, office
):
    client.force_login(office.users[roles.TEAMLEIDER])
    base = {"van": office.coach.pk, "ingangsdatum": VANDAAG.isoformat()}
    foreign = {**base, "inwoners": [office.elsewhere.pk], "werkcoach": office.colleague.pk}
    assert client.post("/team/herverdelen/", foreign).status_code == 400
    other_team = {**base, "inwoners": [office.own.pk], "werkcoach": office.other_team_coach.pk}
    assert client.post("/team/herverdelen/", other_team).status_code == 400
    wrong_van = {**base, "van": office.other_team_coach.pk}
    assert client.post("/team/herverdelen/", wrong_van).status_code == 403


def test_residents_waiting_for_a_coach_in_the_werkgebied_are_listed_and_assigned(
    client, office, build
):
    waiting = build.inwoner(voornaam="Nieuw", achternaam="Instromer", wijk="Overvecht")
    build.uitkering(waiting, VANDAAG - timedelta(days=2))
    client.force_login(office.users[roles.TEAMLEIDER])
    assert "zonder werkcoach" not in client.get("/team/").content.decode()  # no werkgebied
    assert client.get(f"/inwoners/{waiting.pk}/").status_code == 403
    Werkgebied.objects.create(team=office.team, wijk="Overvecht")
    html = client.get("/team/").content.decode()
    assert "1 inwoner zonder werkcoach" in html
    assert "Nieuw Instromer" in client.get("/team/?werkcoach=zonder").content.decode()
    assert client.get(f"/inwoners/{waiting.pk}/").status_code == 200
    response = client.post(
        "/team/herverdelen/",
        {
            "van": "zonder",
            "inwoners": [waiting.pk],
            "werkcoach": office.coach.pk,
            "ingangsdatum": VANDAAG.isoformat(),
        },
    )
    assert response.status_code == 302
    assert Toewijzing.objects.get(inwoner=waiting).startdatum == VANDAAG
    assert "Alle inwoners met een uitkering" in client.get("/team/").content.decode()


def test_team_page_links_signal_counts_to_the_residents_with_that_signal(client, office, build):
    build.contact(office.own, date(2024, 5, 1))
    client.force_login(office.users[roles.TEAMLEIDER])
    html = client.get(f"/team/?werkcoach={office.coach.pk}&signaal=geen_inwonerplan").content
    assert "Anna Visser" in html.decode()
    html = client.get(f"/team/?werkcoach={office.coach.pk}&signaal=geen_contact").content
    assert "Anna Visser" not in html.decode()


def test_the_public_home_page_works_out_its_key_figures_once_every_few_minutes(
    client, office, build
):
    from werkspoor.web import views

    with mock.patch.object(views, "key_figures", wraps=views.key_figures) as computed:
        first = client.get("/").content
        build.caseload_inwoner(office.coach)  # a new benefit: shown after the cache expires
        assert client.get("/").content == first
        assert computed.call_count == 1
        views.cache.clear()  # what the expiry does
        assert client.get("/").content != first
        assert computed.call_count == 2


def test_an_empty_registry_is_not_kept_as_the_home_pages_figures(client, db):
    from werkspoor.web import views

    with mock.patch.object(views, "key_figures", wraps=views.key_figures) as computed:
        client.get("/")
        client.get("/")
    assert computed.call_count == 2
