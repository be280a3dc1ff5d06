# SPDX-License-Identifier: EUPL-1.2
"""The consulent's werkvoorraad and a decision in Debian's chromium, at 1280 and 390 pixels
wide, every page checked with axe-core (WCAG 2.1 AA: no serious or critical violations) and
screenshotted to /tmp for a person to look at."""

from datetime import date

import pytest
from playwright.sync_api import expect

from tests.browser import (
    chromium,
    follow,
    serious_violations,
)
from tests.browser import (
    log_in as browser_log_in,
)
from werkspoor.applications.models import Aanvraag
from werkspoor.registry.models import Uitkering
from werkspoor.web import roles

pytestmark = pytest.mark.browser

WIDTHS = {"breed": 1280, "smal": 390}


@pytest.fixture
def werkvoorraad(live_server, build, settings, monkeypatch):

    settings.WERKSPOOR_VANDAAG = "2024-06-03"
    build.user(roles.CONSULENT, "consulent")
    build.aanvraag(build.inwoner(voornaam="Lotte", achternaam="Laat"), "PW", date(2024, 4, 1))
    build.aanvraag(
        build.inwoner(voornaam="Bas", achternaam="Bijna"), "bijzondere_bijstand", date(2024, 4, 10)
    )
    nieuw = build.aanvraag(
        build.inwoner(voornaam="Noor", achternaam="Nieuw"),
        "PW",
        date(2024, 5, 27),
        meldingsdatum=date(2024, 5, 24),
    )
    # The ORM in the test thread next to Playwright's loop; restored afterwards as it was.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    yield live_server.url, nieuw


def _log_in(page, base):
    browser_log_in(page, base, "consulent")
    assert page.url == base + "/aanvragen/"  # the consulent starts at the werkvoorraad


# Content of the page that sticks out past the window's right edge (a wide table may scroll
# inside its own wrapper instead).
STICKING_OUT = """() => { const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('main *')].filter(e => !e.closest('.ws-table-wrap')
    && e.getBoundingClientRect().right > width + 1).map(e => e.tagName + '.' + e.className); }"""


def _check(page, name):
    """axe-core finds nothing serious, nothing of the content sticks out sideways; a
    screenshot to /tmp/i12-<name>.png."""
    assert serious_violations(page) == [], page.url
    assert page.evaluate(STICKING_OUT) == [], page.url
    page.screenshot(path=f"/tmp/i12-{name}.png", full_page=True)


@pytest.mark.parametrize("width", WIDTHS)
def test_werkvoorraad_and_a_toekenning(werkvoorraad, width):
    base, nieuw = werkvoorraad
    with chromium(viewport={"width": WIDTHS[width], "height": 900}) as context:
        page = context.new_page()
        _log_in(page, base)
        page.get_by_role("link", name="Werkvoorraad aanvragen").click()
        page.wait_for_url("**/aanvragen/")
        rows = page.locator("tbody tr th").all_inner_texts()
        assert rows == ["Lotte Laat", "Bas Bijna", "Noor Nieuw"]
        signals = page.locator("tbody .ws-signal").all_inner_texts()
        assert signals == ["Termijn 7 dagen verstreken", "Nog 7 dagen of minder"]
        _check(page, f"werkvoorraad-{width}")

        page.get_by_role("link", name="Noor Nieuw").click()
        follow(page, page.get_by_role("link", name="Besluit registreren"))
        _check(page, f"besluit-formulier-{width}")
        page.get_by_label("Besluit", exact=True).select_option("afwijzing")
        page.get_by_role("button", name="Opslaan").click()
        expect(page.get_by_text("Kies de reden van de afwijzing").first).to_be_visible()
        _check(page, f"besluit-fout-{width}")
        page.get_by_label("Besluit", exact=True).select_option("toekenning")
        page.get_by_role("button", name="Opslaan").click()
        page.wait_for_url(f"**/aanvragen/{nieuw.pk}/")
        expect(page.get_by_text("gaat in op 24-05-2024")).to_be_visible()
        _check(page, f"aanvraag-besloten-{width}")
    assert Aanvraag.objects.get(pk=nieuw.pk).besluit == "toekenning"
    assert Uitkering.objects.get(aanvraag=nieuw).startdatum == date(2024, 5, 24)


@pytest.mark.parametrize("width", WIDTHS)
def test_registering_an_application_with_the_keyboard(werkvoorraad, width):
    base, _ = werkvoorraad
    with chromium(viewport={"width": WIDTHS[width], "height": 900}) as context:
        page = context.new_page()
        _log_in(page, base)
        page.goto(base + "/aanvragen/nieuw/")
        _check(page, f"aanvraag-nieuw-{width}")
        page.get_by_label("BSN van de aanvrager").fill("123456782")
        page.get_by_label("Regeling").select_option("upas")
        page.get_by_label("Voornaam (nieuwe aanvrager)").fill("Ada")
        page.get_by_label("Achternaam (nieuwe aanvrager)").fill("Aanvraag")
        page.get_by_label("Geboortedatum (nieuwe aanvrager)").fill("1991-09-09")
        page.get_by_label("Wijk (nieuwe aanvrager)").select_option("Overvecht")
        page.get_by_label("Huishouden (nieuwe aanvrager)").select_option("alleenstaande")
        page.get_by_role("button", name="Opslaan").press("Enter")
        page.wait_for_url("**/aanvragen/*/")
        expect(page.get_by_role("heading", name="Aanvraag U-pas: Ada Aanvraag")).to_be_visible()
        _check(page, f"aanvraag-geregistreerd-{width}")
