# SPDX-License-Identifier: EUPL-1.2
"""Every screen against every role: allowed (200), forbidden (403) or sent to the login page."""

import re
from urllib.parse import unquote

import pytest

from tests.web.conftest import VANDAAG
from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.web import roles

ANON = "anoniem"
WC, TL, BA, BE, FB = (
    roles.WERKCOACH,
    roles.TEAMLEIDER,
    roles.BEDRIJFSADVISEUR,
    roles.BELEID,
    roles.FUNCTIONEEL_BEHEER,
)
LOGIN = "login"
REASON = "reden"  # werkcoach outside caseload: redirected to "inzage met reden"
TEAM = "team"  # teamleider on /caseload/: redirected to the team overview
QUARTER = "kwartaal"  # /dashboard/: redirected to the last complete quarter, parameters dropped
EVERYONE_200 = {ANON: 200, WC: 200, TL: 200, BA: 200, BE: 200, FB: 200}
WRITERS = {ANON: LOGIN, WC: 200, TL: 200, BA: 403, BE: 403, FB: 403}  # who writes in {own}
ADVISER = {ANON: LOGIN, WC: 403, TL: 403, BA: 200, BE: 403, FB: 403}
POST_ONLY = {ANON: LOGIN, WC: 405, TL: 405, BA: 405, BE: 405, FB: 405}
EVERYONE_QUARTER = dict.fromkeys(EVERYONE_200, QUARTER)
# The PDF is made after the precomputation, by its own process (off in the tests): until it
# exists the download answers 503 with Retry-After, for everyone alike.
PDF_BEING_MADE = 503
REKENHULP_QUERY = (
    "huishouden=alleenstaande&leeftijd=35&huisgenoten=0&netto_loon=800&uren_per_week=16"
    "&startmaand=2024-07-01"
)

# url template -> expected outcome per role. {own} = resident in the werkcoach's caseload,
# {colleague} = a team colleague's resident, {elsewhere} = another team's, met an employer.
MATRIX = {
    "/": {ANON: 200, WC: 200, TL: 200, BA: 200, BE: 200, FB: 200},
    "/accounts/login/": {ANON: 200, WC: 200, TL: 200, BA: 200, BE: 200, FB: 200},
    "/caseload/": {ANON: LOGIN, WC: 200, TL: TEAM, BA: 403, BE: 403, FB: 403},
    "/inwoners/{own}/": {ANON: LOGIN, WC: 200, TL: 200, BA: 403, BE: 403, FB: 403},
    "/inwoners/{colleague}/": {ANON: LOGIN, WC: REASON, TL: 200, BA: 403, BE: 403, FB: 403},
    "/inwoners/{elsewhere}/": {ANON: LOGIN, WC: REASON, TL: 403, BA: 200, BE: 403, FB: 403},
    "/inwoners/{colleague}/inzage/": {
        ANON: LOGIN,
        WC: 200,
        TL: "dossier",
        BA: 403,
        BE: 403,
        FB: 403,
    },
    "/inwoners/{own}/contact/": {ANON: LOGIN, WC: 200, TL: 200, BA: 403, BE: 403, FB: 403},
    "/inwoners/{own}/doelen/nieuw/": {ANON: LOGIN, WC: 200, TL: 200, BA: 403, BE: 403, FB: 403},
    "/inwoners/{own}/trajecten/nieuw/": {ANON: LOGIN, WC: 200, TL: 200, BA: 403, BE: 403, FB: 403},
    "/inwoners/{own}/arrangement/": {ANON: LOGIN, WC: 200, TL: 200, BA: 403, BE: 403, FB: 403},
    "/inwoners/{elsewhere}/contact/": {ANON: LOGIN, WC: REASON, TL: 403, BA: 403, BE: 403, FB: 403},
    "/inwoners/{own}/werkcoach/": {ANON: LOGIN, WC: 403, TL: 200, BA: 403, BE: 403, FB: 403},
    "/team/": {ANON: LOGIN, WC: 403, TL: 200, BA: 403, BE: 403, FB: 403},
    "/beheer/": {ANON: LOGIN, WC: 403, TL: 403, BA: 403, BE: 403, FB: 200},
    "/beheer/audit/": {ANON: LOGIN, WC: 403, TL: 403, BA: 403, BE: 403, FB: 200},
    # Issue 15: start pages, search, agenda, contact notes, corrections, employers, matching.
    "/start/": {
        ANON: LOGIN,
        WC: "→/caseload/",
        TL: "→/team/",
        BA: "→/werkgevers/",
        BE: "→/dashboard/",
        FB: "→/beheer/",
        roles.CONSULENT: "→/aanvragen/",
    },
    "/zoeken/?q=Visser": {ANON: LOGIN, WC: 200, TL: 200, BA: 200, BE: 403, FB: 403},
    "/agenda/": {ANON: LOGIN, WC: 200, TL: 403, BA: 403, BE: 403, FB: 403},
    "/voordrachten/": {ANON: LOGIN, WC: 200, TL: 403, BA: 403, BE: 403, FB: 403},
    "/inwoners/{own}/contacten/": WRITERS,
    "/inwoners/{own}/contacten/{contact}/": WRITERS,
    "/inwoners/{elsewhere}/contacten/": {
        ANON: LOGIN,
        WC: REASON,
        TL: 403,
        BA: 200,
        BE: 403,
        FB: 403,
    },
    "/inwoners/{own}/correctie/contact/{contact}/": WRITERS,
    "/inwoners/{own}/intrekken/contact/{contact}/": WRITERS,
    "/inwoners/{own}/afspraken/nieuw/": WRITERS,
    "/inwoners/{own}/taken/nieuw/": WRITERS,
    "/inwoners/{own}/taken/{taak}/afronden/": POST_ONLY,
    "/inwoners/{own}/werkwens/": WRITERS,
    "/team/herverdelen/": POST_ONLY,
    "/werkgevers/": ADVISER,
    "/werkgevers/nieuw/": ADVISER,
    "/werkgevers/{werkgever}/": ADVISER,
    "/werkgevers/{werkgever}/bewerken/": ADVISER,
    "/werkgevers/{werkgever}/contactpersonen/nieuw/": ADVISER,
    "/werkgevers/{werkgever}/sroi/nieuw/": ADVISER,
    "/werkgevers/{werkgever}/vacatures/nieuw/": ADVISER,
    "/werkgevers/{werkgever}/ontmoetingen/nieuw/": ADVISER,
    "/werkgevers/{werkgever}/plaatsingen/nieuw/": ADVISER,
    "/vacatures/": ADVISER,
    "/vacatures/{vacature}/": ADVISER,
    "/vacatures/{vacature}/bewerken/": ADVISER,
    "/vacatures/{vacature}/kandidaten/": ADVISER,
    "/voordrachten/{voordracht}/stap/?naar=gesprek": ADVISER,
    "/voordrachten/{voordracht}/oordeel/": WRITERS,
    # Public pages: the Dashboard (published figures) and the calculator with its API.
    "/dashboard/": EVERYONE_QUARTER,
    "/dashboard/?onthullingscontrole=uit": EVERYONE_QUARTER,
    "/dashboard/2024Q1/": EVERYONE_200,
    "/dashboard/indicatoren/": EVERYONE_200,
    # The Dashboard's further pages (issue 14): the Monitor, whole years, the quarter picker
    # and the downloads are public; the letter is beleid's (it carries draft duiding).
    "/dashboard/2024Q1/monitor/": EVERYONE_200,
    "/dashboard/2024Q1/monitor/uitstroom/": EVERYONE_200,
    "/dashboard/2024Q1/monitor/onbekend/": dict.fromkeys(EVERYONE_200, 404),
    "/dashboard/jaren/": EVERYONE_200,
    "/dashboard/kies/?kwartaal=2024Q1&pagina=monitor": dict.fromkeys(
        EVERYONE_200, "→/dashboard/2024Q1/monitor/"
    ),
    "/dashboard/2024Q1/cijfers.csv": EVERYONE_200,
    "/dashboard/2024Q1/cijfers.xlsx": EVERYONE_200,
    "/dashboard/2024Q1/dashboard.pdf": dict.fromkeys(EVERYONE_200, PDF_BEING_MADE),
    "/dashboard/2024Q1/raadsbrief.docx": {
        ANON: LOGIN,
        WC: 403,
        TL: 403,
        BA: 403,
        BE: 200,
        FB: 403,
        roles.CONSULENT: 403,
    },
    "/rekenhulp/": EVERYONE_200,
    f"/api/rekenhulp/?{REKENHULP_QUERY}": EVERYONE_200,
    "/api/schema/": EVERYONE_200,
}

# The consulent (klantmanager inkomen, issue 12) works in the werkvoorraad (tests/applications):
# on these screens the role gets what beleid gets, besides its own start page.
for _row in MATRIX.values():
    _row.setdefault(roles.CONSULENT, _row[BE])

CASES = [(url, role, expected) for url, row in MATRIX.items() for role, expected in row.items()]
DASHBOARD_CASES = [case for case in CASES if case[0].startswith("/dashboard/")]
WORKSPACE_CASES = [case for case in CASES if not case[0].startswith("/dashboard/")]


@pytest.fixture
def entries(office, build):
    """One registration of each kind the URLs name, on the werkcoach's own resident."""
    from werkspoor.matching.models import Voordracht

    werkgever = build.werkgever()
    vacature = build.vacature(werkgever)
    voordracht = Voordracht.objects.create(
        vacature=vacature, inwoner=office.own, status_op=VANDAAG, voorgesteld_op=VANDAAG
    )
    return {
        "contact": build.contact(office.own, VANDAAG).pk,
        "taak": build.taak(office.own, "Bellen", VANDAAG).pk,
        "werkgever": werkgever.pk,
        "vacature": vacature.pk,
        "voordracht": voordracht.pk,
    }


def _mismatch(client, office, entries, url, role, expected) -> str | None:
    """None when `role` gets what the matrix says at `url`, else what it got instead."""
    client.logout()
    if role != ANON:
        client.force_login(office.users[role])
    path = url.format(
        own=office.own.pk,
        colleague=office.colleagues.pk,
        elsewhere=office.elsewhere.pk,
        **entries,
    )
    response = client.get(path)
    status, location = response.status_code, unquote(response.get("Location", ""))
    if expected == LOGIN:
        ok = status == 302 and location.startswith(f"/accounts/login/?next={path}")
    elif expected == REASON:
        ok = status == 302 and location.endswith("/inzage/")
    elif expected == TEAM:
        ok = status == 302 and location == "/team/"
    elif expected == QUARTER:
        ok = status == 302 and re.fullmatch(r"/dashboard/\d{4}Q[1-4]/", location) is not None
    elif expected == "dossier":
        ok = status == 302 and location == path.replace("inzage/", "")
    elif str(expected).startswith("→"):
        ok = status == 302 and location == expected[1:]
    else:
        ok = status == expected
    return None if ok else f"{path} als {role}: {status} {location} (verwacht {expected})"


@pytest.mark.parametrize(
    ("url", "role", "expected"), WORKSPACE_CASES, ids=[f"{u}-{r}" for u, r, _ in WORKSPACE_CASES]
)
def test_every_view_answers_each_role_as_the_matrix_says(
    client, office, entries, url, role, expected
):
    assert _mismatch(client, office, entries, url, role, expected) is None


def test_every_dashboard_view_answers_each_role_as_the_matrix_says(
    client, office, entries, office_figures
):
    # One precomputation for all Dashboard rows: it takes seconds, a request milliseconds.
    mismatches = [
        _mismatch(client, office, entries, url, role, expected)
        for url, role, expected in DASHBOARD_CASES
    ]
    assert [m for m in mismatches if m] == []


def test_every_public_page_and_api_is_in_the_matrix():
    from django.urls import get_resolver

    patterns = {
        f"{prefix}{p.pattern}"
        for prefix, module in [
            ("dashboard/", "werkspoor.reports.urls"),
            ("", "werkspoor.rules.urls"),
        ]
        for p in get_resolver(module).url_patterns
    }
    assert patterns == {
        "dashboard/",
        "dashboard/indicatoren/",
        "dashboard/^(?P<kwartaal>\\d{4}Q[1-4])/$",
        "rekenhulp/",
        "api/rekenhulp/",
        "api/schema/",
        "dashboard/^(?P<kwartaal>\\d{4}Q[1-4])/cijfers\\.(?P<formaat>csv|xlsx)$",
        "dashboard/^(?P<kwartaal>\\d{4}Q[1-4])/dashboard\\.(?P<formaat>pdf)$",
        "dashboard/^(?P<kwartaal>\\d{4}Q[1-4])/monitor/$",
        "dashboard/^(?P<kwartaal>\\d{4}Q[1-4])/monitor/(?P<pagina>[a-z]+)/$",
        "dashboard/^(?P<kwartaal>\\d{4}Q[1-4])/raadsbrief\\.docx$",
        "dashboard/jaren/",
        "dashboard/kies/",
    }, "a new public URL needs a row in MATRIX"


# Unsuppressed figures can single out a person in a small group: only the teamleider's role
# has `indicators.view_unsuppressed`. Anyone else asking for them gets the published figures.
UNSUPPRESSED = {ANON: False, WC: False, TL: True, BA: False, BE: False, FB: False}


def test_only_roles_with_the_permission_switch_disclosure_control_off(
    client, office, office_figures
):
    for role, allowed in UNSUPPRESSED.items():
        client.logout()
        if role != ANON:
            client.force_login(office.users[role])
        # Three residents with a benefit in 2024Q1: under the threshold, so published as "–".
        response = client.get("/dashboard/2024Q1/?uitsplitsing=regeling&onthullingscontrole=uit")
        html = response.content.decode()
        assert response.status_code == 200, role
        assert ("zonder onthullingscontrole — niet publiceren" in html) is allowed, role
        assert ('--numeric">3</td>' in html) is allowed, role  # the theme's table cells
        assert ('name="onthullingscontrole" value="uit"' in html) is allowed, role


def test_every_workspace_url_is_in_the_matrix():
    from django.urls import get_resolver

    patterns = {str(p.pattern) for p in get_resolver("werkspoor.web.urls").url_patterns}
    covered = {
        "",
        "accounts/login/",
        "accounts/logout/",
        "caseload/",
        "inwoners/<int:inwoner_id>/",
        "inwoners/<int:inwoner_id>/inzage/",
        "inwoners/<int:inwoner_id>/contact/",
        "inwoners/<int:inwoner_id>/doelen/nieuw/",
        "inwoners/<int:inwoner_id>/trajecten/nieuw/",
        "inwoners/<int:inwoner_id>/arrangement/",
        "inwoners/<int:inwoner_id>/werkcoach/",
        "team/",
        "beheer/",
        "beheer/audit/",
        "inwoners/<int:inwoner_id>/doelen/<int:doel_id>/afsluiten/",
        "inwoners/<int:inwoner_id>/trajecten/<int:traject_id>/stoppen/",
        "start/",
        "inwoners/<int:inwoner_id>/contacten/",
        "inwoners/<int:inwoner_id>/contacten/<int:contact_id>/",
        "inwoners/<int:inwoner_id>/correctie/<slug:kind>/<int:pk>/",
        "inwoners/<int:inwoner_id>/intrekken/<slug:kind>/<int:pk>/",
        "team/herverdelen/",
    }
    assert patterns == covered, "a new URL needs a row in MATRIX (or in the per-object tests)"


@pytest.mark.parametrize("app", ["planning", "employers", "matching", "search"])
def test_every_url_of_the_daily_work_apps_is_in_the_matrix(app):
    from django.urls import get_resolver

    def plain(pattern: str) -> str:
        return re.sub(r"<[^>]+>", "X", pattern)

    in_matrix = {plain(re.sub(r"\{[^}]+\}", "X", url.split("?")[0]).lstrip("/")) for url in MATRIX}
    patterns = {plain(str(p.pattern)) for p in get_resolver(f"werkspoor.{app}.urls").url_patterns}
    assert patterns <= in_matrix, f"{app}: {sorted(patterns - in_matrix)} need a row in MATRIX"


def test_beleid_gets_403_on_a_file_and_the_refusal_is_audited(client, office):
    client.force_login(office.users[BE])
    assert client.get(f"/inwoners/{office.own.pk}/").status_code == 403
    refused = AuditRecord.objects.get(actie=AuditActie.TOEGANG_GEWEIGERD)
    assert (refused.gebruiker, refused.inwoner_id) == ("beleid", office.own.pk)


def test_werkcoach_opens_a_file_outside_the_caseload_only_after_a_recorded_reason(client, office):
    client.force_login(office.users[WC])
    path = f"/inwoners/{office.colleagues.pk}/"
    response = client.post(path + "inzage/", {"reden": "kort"})
    assert response.status_code == 200 and "minstens 10 tekens" in response.content.decode()
    assert client.get(path).status_code == 302
    response = client.post(path + "inzage/", {"reden": "Vervanging van Mo tijdens zijn verlof"})
    assert response.status_code == 302 and response["Location"] == path
    assert client.get(path).status_code == 200
    inzage = AuditRecord.objects.get(actie=AuditActie.INZAGE_MET_REDEN)
    assert inzage.reden == "Vervanging van Mo tijdens zijn verlof"
    assert inzage.inwoner_id == office.colleagues.pk


def test_bsn_is_shown_only_to_roles_that_work_on_the_file(client, office, build):
    office.elsewhere.bsn = "111222333"
    office.elsewhere.save()
    client.force_login(office.users[BA])
    assert "111222333" not in client.get(f"/inwoners/{office.elsewhere.pk}/").content.decode()
    client.force_login(office.users[WC])
    client.post(
        f"/inwoners/{office.elsewhere.pk}/inzage/", {"reden": "Vervanging collega Ilse Jansen"}
    )
    assert "111222333" in client.get(f"/inwoners/{office.elsewhere.pk}/").content.decode()


def test_teamleider_cannot_see_a_coach_of_another_team(client, office):
    client.force_login(office.users[TL])
    assert client.get(f"/team/?werkcoach={office.other_team_coach.pk}").status_code == 403
    assert client.get(f"/team/?werkcoach={office.colleague.pk}").status_code == 200
