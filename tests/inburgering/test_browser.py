# SPDX-License-Identifier: EUPL-1.2
"""The inburgeringsconsulent's work list in Debian's chromium at 1,280 and 390 px: the PIP due
date and the term, registering the PIP with its route, and axe (WCAG 2.1 AA) on each page."""

from datetime import date

import pytest
from playwright.sync_api import expect

from tests.theme_browser import check_page, log_in
from werkspoor.inburgering.models import Inburgering

pytestmark = pytest.mark.browser


def test_register_the_pip_from_the_work_list(themed_page, themes, build):
    gezin = build.inwoner(voornaam="Lena", achternaam="Okafor", wijk="West", inburgeraar=True)
    build.inburgering(gezin, date(2022, 5, 2), "gezin", pip_datum=date(2022, 7, 1), route="b1")
    build.deeltijdwerk(gezin, date(2024, 1, 1))
    page = themed_page
    log_in(page, "inburgering")
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    menu.get_by_role("link", name="Inburgering").click()
    page.wait_for_url("**/inburgering/")
    rows = page.locator("table tbody tr")
    first, second = rows.nth(0).inner_text(), rows.nth(1).inner_text()
    assert "Dilan Yilmaz" in first and "10-05-2024" in first  # start 1 March + 70 days
    assert "begint na het PIP" in first
    assert "Lena Okafor" in second and "01-07-2025" in second and "werk" in second
    check_page(page, "inburgering-werklijst")
    page.get_by_role("link", name="PIP registreren (Dilan Yilmaz)").click()
    page.get_by_label("Dagtekening van het PIP").fill("2024-05-06")
    page.get_by_label("Leerroute").select_option("z")
    check_page(page, "inburgering-pip")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("Het PIP en de leerroute zijn geregistreerd.")).to_be_visible()
    expect(page.get_by_role("cell", name="06-05-2027")).to_be_visible()  # the term's last day
    check_page(page, "inburgering-dossier")
    saved = Inburgering.objects.get(pk=themes.inburgering.pk)
    assert (saved.pip_datum, saved.route) == (date(2024, 5, 6), "z")
