# SPDX-License-Identifier: EUPL-1.2
"""Vervangingen in chromium: the teamleider sets one, the substitute finds the colleague's
residents and writes in their file; every page passes axe at 1280 and 390 px."""

from datetime import timedelta

import pytest

from tests.browser import resize
from tests.web.conftest import VANDAAG
from tests.web.test_browser import assert_accessible, log_in

pytestmark = pytest.mark.browser


def _at_both_widths(page):
    for width in (1280, 390):
        resize(page, width)
        assert_accessible(page)


def test_a_teamleider_sets_a_vervanging_and_the_substitute_writes(browser_page, office):
    page = browser_page
    log_in(page, "teamleider")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role(
        "link", name="Vervangingen"
    ).click()
    page.wait_for_url("**/team/vervangingen/")
    _at_both_widths(page)
    page.get_by_label("Afwezige werkcoach").select_option(label="Mo Bakker")
    page.get_by_label("Vervangen door").select_option(label="Sanne de Vries")
    page.get_by_label("Einddatum").fill((VANDAAG + timedelta(days=14)).isoformat())
    page.get_by_role("button", name="Vervanging instellen").click()
    page.get_by_text("Geef de reden, bijvoorbeeld verlof of ziekte.").wait_for()
    _at_both_widths(page)
    page.get_by_label("Reden").fill("Vakantie")
    page.get_by_role("button", name="Vervanging instellen").click()
    page.get_by_text("Sanne de Vries vervangt Mo Bakker.").wait_for()
    page.get_by_role("button", name="Uitloggen").click()

    log_in(page, "werkcoach")
    page.goto(page.base + "/vervangingen/")
    page.get_by_role("heading", name="U vervangt Mo Bakker").wait_for()
    _at_both_widths(page)
    page.get_by_role("link", name="Bram Smit").click()
    page.get_by_role("link", name="Contactmoment registreren").click()
    page.get_by_label("Kanaal").select_option(label="Telefonisch")
    page.get_by_role("button", name="Opslaan").click()
    page.get_by_text("Het contactmoment is geregistreerd.").wait_for()
