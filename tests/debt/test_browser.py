# SPDX-License-Identifier: EUPL-1.2
"""The schuldhulpverlener's work list in Debian's chromium at 1,280 and 390 px: the deadline
in sight, a first talk registered from the list, the file, and axe (WCAG 2.1 AA) on each."""

import pytest
from playwright.sync_api import expect

from tests.theme_browser import check_page, log_in
from werkspoor.debt.models import Schuldhulptraject

pytestmark = pytest.mark.browser


def test_register_the_first_talk_from_the_work_list(themed_page, themes, build):
    from datetime import date

    urgent = build.inwoner(voornaam="Kees", achternaam="Spoedig", wijk="Zuid")
    build.schuldhulp(urgent, date(2024, 5, 29), spoed=True)  # Wednesday: due Monday 3 June
    page = themed_page
    log_in(page, "schuldhulp")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Schuldhulp").click()
    page.wait_for_url("**/schulden/")
    rows = page.locator("table").first.locator("tbody tr")
    assert "Kees Spoedig" in rows.nth(0).inner_text()  # urgent on top
    assert "vandaag" in rows.nth(0).inner_text()
    assert "Anna Visser" in rows.nth(1).inner_text() and "nog 14 dagen" in rows.nth(1).inner_text()
    assert "Energieleverancier" in page.locator("#vroegsignalen ~ div table").inner_text()
    check_page(page, "schuldhulp-werklijst")
    page.get_by_role("link", name="Gesprek registreren (Kees Spoedig)").click()
    page.get_by_label("Datum van het eerste gesprek").fill("2024-06-03")
    check_page(page, "schuldhulp-gesprek")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("Het eerste gesprek is geregistreerd.")).to_be_visible()
    assert Schuldhulptraject.objects.get(inwoner=urgent).eerste_gesprek == date(2024, 6, 3)
    check_page(page, "schuldhulp-dossier")
    page.get_by_role("link", name="Werklijst schuldhulp").click()
    assert "Kees Spoedig" not in page.locator("table").first.inner_text()


def test_a_first_talk_before_the_registration_keeps_the_input(themed_page, themes):
    page = themed_page
    log_in(page, "schuldhulp")
    page.goto(page.base + f"/schulden/trajecten/{themes.traject.pk}/gesprek/")
    page.get_by_label("Datum van het eerste gesprek").fill("2024-05-01")
    page.get_by_role("button", name="Opslaan").click()
    message = page.locator("#id_datum_fout")
    assert "vóór de aanmelding (20-05-2024)" in message.inner_text()
    assert page.get_by_label("Datum van het eerste gesprek").input_value() == "2024-05-01"
    check_page(page, "schuldhulp-fout")
