# SPDX-License-Identifier: EUPL-1.2
"""The main flows in Debian's chromium (headless), each page checked with axe-core (WCAG 2.1 AA):
zero serious or critical violations. Some flows are done with the keyboard only."""

import pytest
from playwright.sync_api import expect

from tests.browser import (
    PASSWORD,
    follow,
    serious_violations,
)
from tests.browser import (
    log_in as browser_log_in,
)

pytestmark = pytest.mark.browser


def assert_accessible(page):
    serious = serious_violations(page)
    assert serious == [], f"{page.url}: {serious}"


def log_in(page, username):
    browser_log_in(page, page.base, username)


def tab_to(page, text, limit=60):
    """Press Tab until the focused element's text contains `text` (keyboard-only use)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if text in page.evaluate(
            "document.activeElement.textContent || document.activeElement.value || ''"
        ):
            return
    raise AssertionError(f"'{text}' is not reachable with the Tab key")


def test_login_leads_to_the_caseload_and_pages_pass_axe(browser_page):
    page = browser_page
    page.goto(page.base + "/caseload/")
    assert "/accounts/login/" in page.url
    assert_accessible(page)
    page.get_by_label("Gebruikersnaam").fill("werkcoach")
    page.get_by_label("Wachtwoord").fill("fout-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.locator("body")).to_contain_text("kennen we niet")
    assert_accessible(page)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/caseload/")
    expect(page.get_by_role("heading", name="Mijn caseload")).to_be_visible()
    assert_accessible(page)
    page.goto(page.base + "/")
    assert_accessible(page)


def test_caseload_filter_by_wijk_with_the_keyboard(browser_page, build, office):
    build.caseload_inwoner(office.coach, wijk="Zuid", voornaam="Zara", achternaam="Zuidema")
    page = browser_page
    log_in(page, "werkcoach")
    page.goto(page.base + "/caseload/")
    expect(page.get_by_role("link", name="Anna Visser")).to_be_visible()
    page.get_by_label("Wijk").focus()
    page.get_by_label("Wijk").select_option("Zuid")  # fires change: htmx swaps the table
    page.get_by_text("1 van 2 inwoners getoond").wait_for()
    expect(page.get_by_role("link", name="Zara Zuidema")).to_be_visible()
    assert page.get_by_role("link", name="Anna Visser").count() == 0
    assert "wijk=Zuid" in page.url
    assert_accessible(page)


def test_register_a_contact_with_the_keyboard_only(browser_page, office):
    page = browser_page
    log_in(page, "werkcoach")
    page.goto(page.base + f"/inwoners/{office.own.pk}/")
    assert_accessible(page)
    tab_to(page, "Contactmoment registreren")
    page.keyboard.press("Enter")
    page.wait_for_url("**/contact/")
    assert_accessible(page)
    tab_to(page, "")  # into the form: the date field is first and already holds today
    page.get_by_label("Kanaal").focus()
    page.keyboard.press("ArrowDown")  # telefonisch
    tab_to(page, "Opslaan")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/inwoners/{office.own.pk}/")
    expect(page.get_by_text("Het contactmoment is geregistreerd.")).to_be_visible()
    expect(page.get_by_text("Contact telefonisch met Sanne de Vries")).to_be_visible()
    assert_accessible(page)


def test_add_a_goal_to_the_inwonerplan(browser_page, office):
    page = browser_page
    log_in(page, "werkcoach")
    page.goto(page.base + f"/inwoners/{office.own.pk}/")
    page.get_by_role("link", name="Doel toevoegen").click()
    page.get_by_label("Soort doel").select_option("betaald_werk")
    page.get_by_label("Omschrijving").fill("Vaste baan in de logistiek")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("Het doel is toegevoegd aan het inwonerplan.")).to_be_visible()
    expect(page.get_by_role("cell", name="Vaste baan in de logistiek")).to_be_visible()
    assert_accessible(page)


def test_a_traject_beyond_the_legal_limit_shows_the_message_and_keeps_the_input(
    browser_page, office
):
    office.own.geboortedatum = office.own.geboortedatum.replace(year=2001)
    office.own.save()
    page = browser_page
    log_in(page, "werkcoach")
    page.goto(page.base + f"/inwoners/{office.own.pk}/trajecten/nieuw/")
    page.get_by_label("Instrument").select_option("werken_met_behoud")
    page.get_by_label("Startdatum").fill("2024-01-01")
    page.get_by_label("Geplande einddatum").fill("2025-01-01")
    page.get_by_role("button", name="Opslaan").click()
    message = page.locator("#id_einddatum_fout")
    assert "maximaal 6 maanden" in message.inner_text() and "01-07-2024" in message.inner_text()
    assert page.get_by_label("Geplande einddatum").input_value() == "2025-01-01"
    assert page.get_by_label("Instrument").input_value() == "werken_met_behoud"
    assert page.get_by_label("Geplande einddatum").get_attribute("aria-invalid") == "true"
    assert_accessible(page)


def test_teamleider_reassigns_a_resident_and_history_is_kept(browser_page, office):
    page = browser_page
    log_in(page, "teamleider")
    page.goto(page.base + "/team/")
    assert_accessible(page)
    page.get_by_role("link", name="Sanne de Vries", exact=True).click()
    follow(page, page.get_by_role("link", name="Herverdelen (Anna Visser)"))
    assert_accessible(page)
    choice = page.get_by_label("Nieuwe werkcoach")
    assert "Sanne de Vries" not in choice.inner_text()  # never the current coach
    choice.select_option(str(office.colleague.pk))  # "Mo Bakker — 1 inwoners (...)"
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("aan de nieuwe werkcoach toegewezen")).to_be_visible()
    timeline = page.locator(".ws-timeline").inner_text()
    assert "Toegewezen aan Mo Bakker" in timeline and "Toegewezen aan Sanne de Vries" in timeline


def test_beleid_gets_403_on_a_file(browser_page, office):
    page = browser_page
    log_in(page, "beleid")
    response = page.goto(page.base + f"/inwoners/{office.own.pk}/")
    assert response.status == 403
    expect(page.get_by_role("heading", name="Geen toegang")).to_be_visible()
    assert_accessible(page)


def test_inzage_met_reden_and_the_audit_log_pass_axe(browser_page, office):
    page = browser_page
    log_in(page, "werkcoach")
    page.goto(page.base + f"/inwoners/{office.colleagues.pk}/")
    assert page.url.endswith("/inzage/")
    assert_accessible(page)
    page.get_by_label("Reden voor inzage").fill("Vervanging van Mo tijdens verlof")
    page.get_by_role("button", name="Reden vastleggen en dossier openen").click()
    expect(page.get_by_role("heading", name="Bram Smit")).to_be_visible()
    page.get_by_role("button", name="Uitloggen").click()
    log_in(page, "beheer")
    page.goto(page.base + "/beheer/audit/?gebruiker=werkcoach")
    expect(page.get_by_role("cell", name="Vervanging van Mo tijdens verlof")).to_be_visible()
    assert_accessible(page)
    page.goto(page.base + "/beheer/")
    assert_accessible(page)


def test_main_menu_leads_to_the_public_pages_and_marks_the_current_one(browser_page, settings):
    from werkspoor.reports import store

    settings.WERKSPOOR_EERSTE_DATUM, settings.WERKSPOOR_STAND = "2020-01-01", "2024-03-31"
    store.precompute()  # the public pages serve precomputed figures
    page = browser_page
    page.goto(page.base + "/")
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    menu.get_by_role("link", name="Rekenhulp").click()
    page.wait_for_url("**/rekenhulp/")
    current = page.get_by_role("navigation", name="Hoofdmenu").locator("[aria-current]")
    assert current.all_inner_texts() == ["Rekenhulp"]
    assert current.get_attribute("aria-current") == "page"
    assert_accessible(page)
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Dashboard").click()
    page.wait_for_url("**/dashboard/*Q*/")
    assert current.all_inner_texts() == ["Dashboard"]
    page.goto(page.base + "/dashboard/2024Q1/")  # a quarter with residents: charts with marks
    assert current.all_inner_texts() == ["Dashboard"]
    page.wait_for_load_state("networkidle")
    assert "Grafiek kon niet" not in page.content()
    charts = page.locator("[data-spec]")
    assert charts.count() > 0
    assert page.locator("[data-spec] svg").count() == charts.count()
    assert_accessible(page)
