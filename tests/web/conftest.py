# SPDX-License-Identifier: EUPL-1.2
"""A small office: one team with two werkcoaches, their residents and a user per role."""

import os
from dataclasses import dataclass
from datetime import date

import pytest
from django.test import override_settings

from tests.browser import PASSWORD, chromium
from werkspoor.web import roles

VANDAAG = date(2024, 6, 3)


@dataclass
class Office:
    team: object
    coach: object
    colleague: object
    other_team_coach: object
    own: object  # resident in the werkcoach's caseload
    colleagues: object  # resident of a colleague in the same team
    elsewhere: object  # resident of another team, met an employer
    users: dict


@pytest.fixture(autouse=True)
def pinned_today(settings):
    settings.WERKSPOOR_VANDAAG = VANDAAG.isoformat()
    # Test accounts need no slow hashing; production keeps Django's default hashers.
    return VANDAAG


@pytest.fixture
def office(build) -> Office:
    team = build.team("Team Overvecht")
    other_team = build.team("Team West")
    coach = build.werkcoach("Sanne de Vries", team=team)
    colleague = build.werkcoach("Mo Bakker", team=team)
    other = build.werkcoach("Ilse Jansen", team=other_team)
    own = build.caseload_inwoner(
        coach, voornaam="Anna", achternaam="Visser", geboortedatum=date(1985, 3, 1)
    )
    colleagues = build.caseload_inwoner(colleague, voornaam="Bram", achternaam="Smit")
    elsewhere = build.caseload_inwoner(other, voornaam="Cees", achternaam="Mulder", wijk="West")
    build.ontmoeting(build.werkgever(), elsewhere, date(2024, 2, 1))
    users = {
        roles.WERKCOACH: build.user(roles.WERKCOACH, "werkcoach", werkcoach=coach),
        roles.TEAMLEIDER: build.user(roles.TEAMLEIDER, "teamleider", teams=[team]),
        roles.BEDRIJFSADVISEUR: build.user(roles.BEDRIJFSADVISEUR, "bedrijfsadviseur"),
        roles.BELEID: build.user(roles.BELEID, "beleid"),
        roles.FUNCTIONEEL_BEHEER: build.user(roles.FUNCTIONEEL_BEHEER, "beheer"),
        roles.CONSULENT: build.user(roles.CONSULENT, "consulent"),
        roles.PRIVACYFUNCTIONARIS: build.user(roles.PRIVACYFUNCTIONARIS, "privacyfunctionaris"),
        roles.SCHULDHULPVERLENER: build.user(roles.SCHULDHULPVERLENER, "office-schuldhulp"),
        roles.INBURGERINGSCONSULENT: build.user(roles.INBURGERINGSCONSULENT, "office-inburgering"),
    }
    return Office(team, coach, colleague, other, own, colleagues, elsewhere, users)


@pytest.fixture
def login(client):
    def _login(user):
        if user is not None:
            client.force_login(user)
        return client

    return _login


@pytest.fixture
def office_figures(office, settings):
    """The office's figures up to today's quarter precomputed, as the web app serves the
    Dashboard (without them it answers 503 'being computed')."""
    from werkspoor.registry.stand import clear_cache
    from werkspoor.reports import store

    settings.WERKSPOOR_EERSTE_DATUM = "2020-01-01"
    settings.WERKSPOOR_STAND = VANDAAG.isoformat()
    clear_cache()
    store.forget_parsed()
    store.precompute()
    yield store.current()
    store.forget_parsed()


@pytest.fixture
def browser_page(live_server, office, settings):

    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = (
        "true"  # the ORM in the test thread next to Playwright's loop
    )
    with chromium() as context:
        page = context.new_page()
        page.base = live_server.url
        yield page
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


__all__ = ["override_settings", "Office", "VANDAAG", "PASSWORD"]
