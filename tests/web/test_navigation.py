# SPDX-License-Identifier: EUPL-1.2
"""The main menu: public pages for everyone, workspace screens per role, the current page marked."""

import re

import pytest

from werkspoor.web import roles

PUBLIC = ["Dashboard", "Rekenhulp"]


def menu(html: str) -> list[tuple[str, str]]:
    """(label, aria-current) of each link in the main menu."""
    nav = re.search(r'<nav class="ws-nav" aria-label="Hoofdmenu">(.*?)</nav>', html, re.S)
    links = re.findall(
        r'<a class="utrecht-link" href="[^"]+"(?: aria-current="(\w+)")?>([^<]+)</a>', nav.group(1)
    )
    return [(label, current) for current, label in links]


@pytest.mark.parametrize(
    ("role", "path", "expected"),
    [
        (None, "/", [("Dashboard", ""), ("Rekenhulp", ""), ("Inloggen", "")]),
        (None, "/rekenhulp/", [("Dashboard", ""), ("Rekenhulp", "page"), ("Inloggen", "")]),
        (
            None,
            "/dashboard/indicatoren/",
            [("Dashboard", "true"), ("Rekenhulp", ""), ("Inloggen", "")],
        ),
        (
            roles.WERKCOACH,
            "/caseload/",
            [
                ("Dashboard", ""),
                ("Rekenhulp", ""),
                ("Mijn caseload", "page"),
                ("Mijn vervangingen", ""),
            ],
        ),
        (
            roles.TEAMLEIDER,
            "/team/",
            [
                ("Dashboard", ""),
                ("Rekenhulp", ""),
                ("Teamoverzicht", "page"),
                ("Vervangingen", ""),
            ],
        ),
        (
            roles.TEAMLEIDER,
            "/team/vervangingen/",
            [
                ("Dashboard", ""),
                ("Rekenhulp", ""),
                ("Teamoverzicht", ""),
                ("Vervangingen", "page"),
            ],
        ),
        (roles.BELEID, "/dashboard/2024Q1/", [("Dashboard", "true"), ("Rekenhulp", "")]),
        (roles.BEDRIJFSADVISEUR, "/", [("Dashboard", ""), ("Rekenhulp", "")]),
        (
            roles.FUNCTIONEEL_BEHEER,
            "/beheer/audit/",
            [
                ("Dashboard", ""),
                ("Rekenhulp", ""),
                ("Beheer", ""),
                ("Auditlog", "page"),
                ("Controle betalingen", ""),
            ],
        ),
    ],
)
def test_main_menu_per_role_marks_the_current_page(client, office, role, path, expected):
    if role is not None:
        client.force_login(office.users[role])
    response = client.get(path)
    assert response.status_code == 200
    assert menu(response.content.decode()) == expected


def test_teamleider_with_an_own_caseload_gets_both_entries(client, office, build):
    teamleider = office.users[roles.TEAMLEIDER]
    teamleider.groups.add(*office.users[roles.WERKCOACH].groups.all())
    build.werkcoach("Tess Leider", team=office.team, user=teamleider)
    client.force_login(teamleider)
    labels = [label for label, _ in menu(client.get("/").content.decode())]
    assert labels == [
        *PUBLIC,
        "Mijn caseload",
        "Mijn vervangingen",
        "Teamoverzicht",
        "Vervangingen",
    ]
