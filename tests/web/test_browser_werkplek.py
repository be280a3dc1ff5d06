# SPDX-License-Identifier: EUPL-1.2
"""The daily work per role in Debian's chromium: search, a contact note read back, an
appointment as the next one, a correction in the audit log, the bedrijfsadviseur's vacancy,
proposal and placement, the teamleider's bulk reassignment. Every page passes axe-core and
fits 1,280 and 390 px without horizontal scrolling."""

from datetime import timedelta

import pytest
from playwright.sync_api import expect

from tests.browser import follow, resize
from tests.web.conftest import VANDAAG
from tests.web.test_browser import assert_accessible, log_in

pytestmark = pytest.mark.browser

WIDTHS = (1280, 390)
NOTE = (
    "Inwoner vertelt dat de kinderopvang per volgende maand geregeld is; daarmee wordt werken "
    "van 24 uur per week mogelijk. Afgesproken: aanmelden bij de jobhunters en over drie weken "
    "terugkoppeling. Daarna bespreken we de inkomstenvrijlating met de rekenhulp."
)


def check_page(page):
    """axe-core clean and no horizontal scroll, at both widths."""
    for width in WIDTHS:
        resize(page, width)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow == 0, f"{page.url} scrolls {overflow} px sideways at {width} px"
        assert_accessible(page)
    resize(page, WIDTHS[0])


def test_werkcoach_searches_writes_a_note_and_plans_the_next_appointment(browser_page, office):
    page = browser_page
    log_in(page, "werkcoach")
    page.wait_for_url("**/caseload/")
    page.get_by_role("searchbox", name="Inwoner zoeken").fill("Visser")
    page.get_by_role("button", name="Zoeken").click()
    page.wait_for_url("**/zoeken/?q=Visser")
    check_page(page)
    page.get_by_role("link", name="Anna Visser").click()
    page.wait_for_url(f"**/inwoners/{office.own.pk}/")
    check_page(page)

    page.get_by_role("link", name="Contactmoment registreren").click()
    page.get_by_label("Kanaal").select_option("persoonlijk")
    page.get_by_label("Notitie").fill(NOTE)
    page.get_by_role("button", name="Opslaan").click()
    timeline = page.locator(".ws-timeline")
    assert "Inwoner vertelt dat de kinderopvang" in timeline.inner_text()
    assert "inkomstenvrijlating met de rekenhulp" not in timeline.inner_text()
    timeline.get_by_role("link", name="Contact persoonlijk met Sanne de Vries").click()
    expect(page.get_by_text("inkomstenvrijlating met de rekenhulp.")).to_be_visible()
    check_page(page)

    page.goto(page.base + f"/inwoners/{office.own.pk}/afspraken/nieuw/")
    check_page(page)
    page.get_by_label("Datum").fill((VANDAAG + timedelta(days=2)).isoformat())
    page.get_by_label("Tijd").fill("10:30")
    page.get_by_label("Soort afspraak").select_option("huisbezoek")
    page.get_by_label("Met wie").fill("werkcoach Sanne de Vries en jobcoach")
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_url(f"**/inwoners/{office.own.pk}/")
    facts = page.locator(".ws-facts").inner_text()
    assert "Volgende afspraak" in facts and "05-06-2024 10:30 (huisbezoek)" in facts
    page.goto(page.base + "/caseload/?sort=afspraak")
    row = page.get_by_role("row", name="Anna Visser")
    assert "05-06-2024 10:30 (huisbezoek)" in row.inner_text()
    check_page(page)


def test_a_correction_shows_in_the_audit_log(browser_page, office, build):
    contact = build.contact(office.own, VANDAAG, kanaal="telefonisch", notitie="Gebeld")
    page = browser_page
    log_in(page, "werkcoach")
    page.goto(page.base + f"/inwoners/{office.own.pk}/contacten/{contact.pk}/")
    follow(page, page.get_by_role("link", name="Corrigeren"))
    check_page(page)
    page.get_by_label("Kanaal").select_option("mail")
    page.get_by_label("Reden").fill("Het was een mail, geen telefoontje")
    page.get_by_role("button", name="Correctie opslaan").click()
    expect(page.get_by_text("oorspronkelijke gegevens staan in het auditlog")).to_be_visible()
    page.get_by_role("button", name="Uitloggen").click()
    log_in(page, "beheer")
    page.goto(page.base + f"/beheer/audit/?inwoner={office.own.pk}")
    row = page.get_by_role("row", name="Registratie gecorrigeerd")
    assert "kanaal: telefonisch → mail" in row.inner_text()
    assert "Het was een mail, geen telefoontje" in row.inner_text()
    check_page(page)


def test_bedrijfsadviseur_registers_a_vacancy_proposes_and_places(browser_page, office, build):
    werkgever = build.werkgever("Zorg Samen", "zorg")
    kandidaat = build.caseload_inwoner(
        office.coach, arrangement=1, voornaam="Ali", achternaam="Aydin"
    )
    build.doel(kandidaat, "betaald_werk", VANDAAG - timedelta(days=30))
    page = browser_page
    log_in(page, "bedrijfsadviseur")
    page.wait_for_url("**/werkgevers/")
    check_page(page)
    follow(page, page.get_by_role("link", name="Zorg Samen"))
    check_page(page)
    page.get_by_role("link", name="Vacature registreren").click()
    page.get_by_label("Functie").fill("Helpende zorg")
    page.get_by_label("Uren per week").fill("24")
    page.get_by_label("Wijk van de werkplek").select_option("Overvecht")
    page.get_by_label("Open vanaf").fill(VANDAAG.isoformat())
    check_page(page)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("heading", name="Helpende zorg")).to_be_visible()
    check_page(page)

    page.get_by_role("link", name="Kandidaten zoeken").click()
    card = page.locator(".ws-candidate", has_text="Ali Aydin")
    assert "Heeft een actief doel betaald werk in het inwonerplan" in card.inner_text()
    name_top = card.get_by_role("heading", name="Ali Aydin").bounding_box()["y"]
    assert name_top - card.bounding_box()["y"] < 20  # no empty band above the name
    check_page(page)
    card.get_by_role("button", name="Voordragen").click()
    expect(page.get_by_text("Ali Aydin is voorgedragen")).to_be_visible()
    expect(page.get_by_role("heading", name="Voorgesteld (1)")).to_be_visible()

    follow(page, page.get_by_role("link", name="Gesprek gehad (Ali Aydin)"))
    check_page(page)
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("heading", name="Gesprek (1)")).to_be_visible()
    page.get_by_role("link", name="Geplaatst (Ali Aydin)").click()
    page.get_by_label("Soort plaatsing").select_option("sroi")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("heading", name="Geplaatst (1)")).to_be_visible()
    check_page(page)
    page.goto(page.base + f"/werkgevers/{werkgever.pk}/")
    placements = page.locator("section", has_text="Laatste plaatsingen").inner_text()
    assert "Ali Aydin: sroi-plaatsing (Helpende zorg)" in placements


def test_werkcoach_agrees_to_a_proposal(browser_page, office, build):
    from werkspoor.matching.services import propose
    from werkspoor.web import roles

    vacature = build.vacature(build.werkgever(), "Chauffeur", uren_per_week=32)
    kandidaat = build.caseload_inwoner(
        office.coach, arrangement=1, voornaam="Ali", achternaam="Aydin"
    )
    propose(office.users[roles.BEDRIJFSADVISEUR], vacature, kandidaat)
    page = browser_page
    log_in(page, "werkcoach")
    expect(page.get_by_text("1 voordracht wacht op uw akkoord of bezwaar.")).to_be_visible()
    follow(page, page.get_by_role("link", name="Naar de voordrachten"))
    check_page(page)
    follow(page, page.get_by_role("link", name="Akkoord of bezwaar (Ali Aydin, Chauffeur)"))
    check_page(page)
    page.get_by_label("Akkoord").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("cell", name="Akkoord van de werkcoach")).to_be_visible()


def test_teamleider_moves_selected_residents_in_one_go(browser_page, office, build):
    build.caseload_inwoner(office.coach, voornaam="Dirk", achternaam="Dekker")
    build.caseload_inwoner(office.coach, voornaam="Els", achternaam="Eik")
    page = browser_page
    log_in(page, "teamleider")
    page.wait_for_url("**/team/")
    check_page(page)
    page.get_by_role("link", name="Sanne de Vries", exact=True).click()
    page.get_by_label("Anna Visser selecteren").check()
    page.get_by_label("Dirk Dekker selecteren").check()
    choice = page.get_by_label("Nieuwe werkcoach")
    assert "Mo Bakker — 1 inwoners (onder de richtlijn 100–125)" in choice.inner_text()
    assert "Sanne de Vries" not in choice.inner_text()
    check_page(page)
    choice.select_option(str(office.colleague.pk))
    page.get_by_role("button", name="Herverdelen").click()
    expect(page.get_by_text("2 inwoner(s) toegewezen aan Mo Bakker")).to_be_visible()
    names = page.locator("#selectie ~ form").inner_text()
    assert "Els Eik" in names and "Anna Visser" not in names
    row = page.get_by_role("row", name="Mo Bakker")
    assert row.get_by_role("cell").first.inner_text() == "3"
