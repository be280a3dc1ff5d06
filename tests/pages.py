# SPDX-License-Identifier: EUPL-1.2
"""Every page of the app, found from Django's URL patterns, for the browser walk in
tests/web/page_walk.py (axe and horizontal scroll at 1,280 and 390 px, every role).

A page another app adds is walked without touching this file. Only when its URL has a
parameter that no page had before does the walk stop and name it: add one line to SAMPLES
(how to make a value from the test's small office). A view that is not an HTML page (an
API, a file, a POST-only action) is left out because its answer is not text/html; add its
URL name to NOT_PAGES only to save the request. EXTRA_PAGES adds states a bare URL does not
show (a form with an answer, a filter), as a URL or a function of the scene.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.web.conftest import VANDAAG


@dataclass
class Scene:
    """The office of tests/web/conftest.py plus one of each registration its pages name: a
    goal, a trajectory, a contact, an aanvraag, an employer with a vacancy and a proposal,
    a vroegsignaal and an inburgering, and a system with an API client."""

    office: object
    doel: object
    traject: object
    aanvraag: object
    contact: object
    werkgever: object
    vacature: object
    voordracht: object
    api_client: object
    vroegsignaal: object
    inburgering: object


def build_scene(build, office) -> Scene:
    from werkspoor.api.services import issue_client
    from werkspoor.matching.models import Voordracht
    from werkspoor.substitutions.services import set_vervanging
    from werkspoor.web import roles

    doel = build.doel(office.own, "betaald_werk", date(2024, 1, 15))
    traject = build.traject(office.own, "scholing", date(2024, 2, 1))
    contact = build.contact(
        office.own, date(2024, 5, 1), werkcoach=office.coach, notitie="Cv besproken."
    )
    # The agenda and the dossier's planning section with an appointment and a due to-do.
    build.afspraak(office.own, VANDAAG + timedelta(days=2))
    build.taak(office.own, "Cv nalezen", VANDAAG)
    werkgever = build.werkgever()
    vacature = build.vacature(werkgever)
    voordracht = Voordracht.objects.create(
        vacature=vacature, inwoner=office.own, status_op=VANDAAG, voorgesteld_op=VANDAAG
    )
    # A running vervanging, so the teamleider's and the werkcoach's lists are not empty.
    week = timedelta(days=7)
    teamleider = office.users[roles.TEAMLEIDER]
    set_vervanging(
        teamleider,
        office.coach,
        office.colleague,
        VANDAAG - week,
        VANDAAG + week,
        "verlof",
        [office.team.pk],
    )
    aanvraag = build.aanvraag(office.own, "PW", date(2024, 5, 20))
    api_client = issue_client("Koppeling zaaksysteem", ["inwoners:lezen"], None).client
    vroegsignaal = build.vroegsignaal(office.own, VANDAAG - timedelta(days=3))
    inburgering = build.inburgering(office.own, date(2024, 3, 1))
    return Scene(
        office,
        doel,
        traject,
        aanvraag,
        contact,
        werkgever,
        vacature,
        voordracht,
        api_client,
        vroegsignaal,
        inburgering,
    )


# URL parameter -> a value for it. One line per new parameter.
SAMPLES: dict[str, Callable[[Scene], object]] = {
    "inwoner_id": lambda scene: scene.office.own.pk,
    "doel_id": lambda scene: scene.doel.pk,
    "traject_id": lambda scene: scene.traject.pk,
    "aanvraag_id": lambda scene: scene.aanvraag.pk,
    "contact_id": lambda scene: scene.contact.pk,
    "kind": lambda scene: "doel",  # correcting or withdrawing an entry: the goal
    "pk": lambda scene: scene.doel.pk,
    "werkgever_id": lambda scene: scene.werkgever.pk,
    "vacature_id": lambda scene: scene.vacature.pk,
    "voordracht_id": lambda scene: scene.voordracht.pk,
    "client_id": lambda scene: scene.api_client.pk,
    "signaal_id": lambda scene: scene.vroegsignaal.pk,
    "inburgering_id": lambda scene: scene.inburgering.pk,
    "pagina": lambda scene: "uitstroom",  # a monitor page
    "tegel": lambda scene: "algemeen",  # a dashboard tile's duiding
    "kwartaal": lambda scene: "2024Q1",  # the office's last complete quarter: /dashboard/ too
}
# Django's own admin has its own look, outside the NL Design System theme; the API answers
# JSON only (linted by Spectral and fuzzed by schemathesis: tests/api/), as does its token
# endpoint.
SKIPPED_PREFIXES = ("admin/", "api/v1/", "oauth/")
NOT_PAGES = {
    "web:logout",  # POST only
    "substitutions:end",  # POST only
    "planning:taak_afronden",  # POST only
    "web:team_herverdelen",  # POST only
    "duidingen:goedkeuren",  # POST only
    "api-beheer:renew",  # POST only
    "api-beheer:revoke",  # POST only
    "reports:download",  # a file (CSV, Excel)
    "reports:pdf",  # a file
    "rules:rekenhulp-api",
    "rules:api-schema",
    "themes:css",
    "themes:bestand",
    "themes:favicon-svg",
    "themes:favicon-ico",
    "themes:touch-icon",
}
EXTRA_PAGES = [
    "/rekenhulp/?huishouden=alleenstaande&leeftijd=35&huisgenoten=0&netto_loon=900"
    "&uren_per_week=20&startmaand=2024-07-01&laag_inkomen_sinds=2019-01-01",
    "/rekenhulp/?huishouden=gehuwden&leeftijd=30",  # answers missing: the error messages
    "/caseload/?wijk=Overvecht",
    "/zoeken/?q=a",
    lambda scene: f"/voordrachten/{scene.voordracht.pk}/stap/?naar=gesprek",
]


@dataclass(frozen=True)
class Route:
    route: str
    name: str | None
    parameters: tuple[str, ...]


def routes(patterns=None, prefix: str = "", namespace: str | None = None, parameters=()):
    """Every URL pattern with its full route, namespaced name and parameter names."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        found = (*parameters, *pattern.pattern.regex.groupindex)
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace
            space = f"{namespace}:{inner}" if namespace and inner else inner or namespace
            yield from routes(pattern.url_patterns, prefix + str(pattern.pattern), space, found)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
            yield Route(prefix + str(pattern.pattern), name, found)


class MissingSample(LookupError):
    pass


def page_urls(scene: Scene) -> Iterator[str]:
    for route in routes():
        if route.route.startswith(SKIPPED_PREFIXES) or route.name in NOT_PAGES:
            continue
        if route.name is None:
            raise MissingSample(f"URL '{route.route}' heeft geen naam: geef het patroon een name=.")
        unknown = [p for p in route.parameters if p not in SAMPLES]
        if unknown:
            raise MissingSample(
                f"Geen voorbeeldwaarde voor {', '.join(unknown)} (URL {route.name}, "
                f"'{route.route}'): voeg een regel toe aan SAMPLES in tests/pages.py."
            )
        yield reverse(route.name, kwargs={p: SAMPLES[p](scene) for p in route.parameters})
    for extra in EXTRA_PAGES:
        yield extra(scene) if callable(extra) else extra
