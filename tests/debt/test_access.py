# SPDX-License-Identifier: EUPL-1.2
"""Every screen of the theme workspaces against every role, as tests/web/test_access_matrix:
allowed (200), forbidden (403, audited) or sent to the login page."""

import pytest
from django.urls import get_resolver

from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.web import roles

ANON = "anoniem"
WC, TL, BA, BE, FB, SH, IC = (
    roles.WERKCOACH,
    roles.TEAMLEIDER,
    roles.BEDRIJFSADVISEUR,
    roles.BELEID,
    roles.FUNCTIONEEL_BEHEER,
    roles.SCHULDHULPVERLENER,
    roles.INBURGERINGSCONSULENT,
)
LOGIN = "login"


def only(role, allowed=200):
    return {r: (allowed if r == role else 403) for r in (WC, TL, BA, BE, FB, SH, IC)} | {
        ANON: LOGIN
    }


# {schulden} = resident in debt help, {traject}/{signaal} their records, {inburgeraar} and
# {inburgering}: a resident in inburgering; {own}: the werkcoach's resident without debt file.
MATRIX = {
    "/schulden/": only(SH),
    "/schulden/aanmelden/": only(SH),
    "/schulden/inwoners/{schulden}/": only(SH),
    "/schulden/inwoners/{inburgeraar}/": only(SH, 403),  # no debt file
    "/schulden/trajecten/{traject}/gesprek/": only(SH),
    "/schulden/trajecten/{traject}/plan/": only(SH),
    "/schulden/trajecten/{traject}/afsluiten/": only(SH),
    "/schulden/signalen/{signaal}/": only(SH),
    "/inburgering/": only(IC),
    "/inburgering/starten/": only(IC),
    "/inburgering/inwoners/{inburgeraar}/": only(IC),
    "/inburgering/inwoners/{schulden}/": only(IC, 403),  # not in inburgering
    "/inburgering/trajecten/{inburgering}/pip/": only(IC),
    "/inburgering/trajecten/{inburgering}/einde/": only(IC),
}
CASES = [(url, role, expected) for url, row in MATRIX.items() for role, expected in row.items()]


@pytest.mark.parametrize(("url", "role", "expected"), CASES, ids=[f"{u}-{r}" for u, r, _ in CASES])
def test_every_theme_view_answers_each_role_as_the_matrix_says(client, themes, url, role, expected):
    if role != ANON:
        client.force_login(themes.users[role])
    path = url.format(
        schulden=themes.schulden.pk,
        traject=themes.traject.pk,
        signaal=themes.signaal.pk,
        inburgeraar=themes.inburgeraar.pk,
        inburgering=themes.inburgering.pk,
    )
    response = client.get(path)
    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(f"/accounts/login/?next={path}")
    else:
        assert response.status_code == expected
    if expected == 403:
        refused = AuditRecord.objects.filter(actie=AuditActie.TOEGANG_GEWEIGERD).latest(
            "volgnummer"
        )
        assert refused.detail == {"pad": path}


def test_every_theme_url_is_in_the_matrix():
    patterns = {
        f"{prefix}{p.pattern}"
        for prefix, module in [
            ("/schulden/", "werkspoor.debt.urls"),
            ("/inburgering/", "werkspoor.inburgering.urls"),
        ]
        for p in get_resolver(module).url_patterns
    }
    covered = {
        "/schulden/",
        "/schulden/aanmelden/",
        "/schulden/inwoners/<int:inwoner_id>/",
        "/schulden/trajecten/<int:traject_id>/gesprek/",
        "/schulden/trajecten/<int:traject_id>/plan/",
        "/schulden/trajecten/<int:traject_id>/afsluiten/",
        "/schulden/signalen/<int:signaal_id>/",
        "/inburgering/",
        "/inburgering/starten/",
        "/inburgering/inwoners/<int:inwoner_id>/",
        "/inburgering/trajecten/<int:inburgering_id>/pip/",
        "/inburgering/trajecten/<int:inburgering_id>/einde/",
    }
    assert patterns == covered, "a new URL needs a row in MATRIX"


# The sections inside the werkcoach's dossier: who reads which (beleid and the others never
# open the file at all, see tests/web/test_access_matrix.py).
SECTIONS = {
    WC: {"Schuldhulp": True, "Vroegsignalen": False, "U-pas": True},
    TL: {"Schuldhulp": True, "Vroegsignalen": False, "U-pas": True},
}


@pytest.mark.parametrize("role", SECTIONS)
def test_werkcoach_and_teamleider_read_the_theme_sections_without_actions(client, themes, role):
    client.force_login(themes.users[role])
    html = client.get(f"/inwoners/{themes.schulden.pk}/").content.decode()
    for heading, shown in SECTIONS[role].items():
        assert (f">{heading}</h" in html) is shown, heading
    assert "20-05-2024" in html  # the registration
    assert "/schulden/trajecten/" not in html  # no actions from the dossier
    assert "€ 150,00" in html and "(80%)" in html


def test_the_schuldhulpverlener_file_has_the_actions_and_is_audited(client, themes):
    client.force_login(themes.users[SH])
    html = client.get(f"/schulden/inwoners/{themes.schulden.pk}/").content.decode()
    assert f"/schulden/trajecten/{themes.traject.pk}/gesprek/" in html
    assert f"/schulden/signalen/{themes.signaal.pk}/" in html
    viewed = AuditRecord.objects.filter(actie=AuditActie.DOSSIER_BEKEKEN).latest("volgnummer")
    assert viewed.inwoner_id == themes.schulden.pk
    assert viewed.detail == {"werkplek": "schuldhulp"}


def test_the_menu_offers_each_role_its_own_work_list(client, themes):
    client.force_login(themes.users[SH])
    html = client.get("/").content.decode()
    assert 'href="/schulden/"' in html and 'href="/inburgering/"' not in html
    client.force_login(themes.users[IC])
    html = client.get("/").content.decode()
    assert 'href="/inburgering/"' in html and 'href="/schulden/"' not in html
    client.force_login(themes.users[BE])
    html = client.get("/").content.decode()
    assert 'href="/inburgering/"' not in html and 'href="/schulden/"' not in html
