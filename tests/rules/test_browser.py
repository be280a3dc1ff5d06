# SPDX-License-Identifier: EUPL-1.2
"""The calculator in a real browser: usable, accessible (axe-core), without JavaScript, printed."""

import pytest
from playwright.sync_api import expect

from tests.browser import chromium, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module")
def browser():
    with chromium() as context:
        yield context


def _fill(page):
    page.get_by_label("Ik woon zonder partner, met kinderen").check()
    page.get_by_label("Hoe oud bent u?").fill("34")
    page.get_by_label("Een van mijn kinderen is jonger dan 12").check()
    page.get_by_label("Hoeveel volwassen huisgenoten").fill("0")
    page.get_by_label("Hoeveel verdient u netto").fill("900")
    page.get_by_label("Hoeveel uur per week").fill("20")
    page.get_by_label("Wanneer begint u met werken?").fill("2025-03-01")
    page.get_by_role("button", name="Bereken").click()


def test_resident_sees_month_by_month_result_and_page_passes_axe(browser, live_server):
    page = browser.new_page()
    page.goto(f"{live_server.url}/rekenhulp/")
    assert serious_violations(page) == []
    _fill(page)
    page.wait_for_selector("#uitkomst-titel")
    # maart 2025: norm 1345,45; 25% van 900 = 225 vrij; 1345,45 - 675 = 670,45
    expect(page.locator("body")).to_contain_text("670,45")
    assert "augustus 2025" in page.locator(".rekenhulp-uitkomst").inner_text()
    assert serious_violations(page) == []
    page.screenshot(path="/tmp/rules-rekenhulp.png", full_page=True)
    page.locator(".rekenhulp-grafiek").screenshot(path="/tmp/rules-grafiek.png")
    page.close()


def test_calculator_works_with_javascript_disabled(browser, live_server):
    context = browser.browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/rekenhulp/")
    _fill(page)
    expect(page.locator("body")).to_contain_text("670,45")
    context.close()


def test_printout_shows_the_result_without_the_form(browser, live_server):
    page = browser.new_page()
    page.goto(f"{live_server.url}/rekenhulp/")
    _fill(page)
    page.emulate_media(media="print")
    assert not page.locator(".rekenhulp-form").is_visible()
    expect(page.locator(".rekenhulp-tabel")).to_be_visible()
    page.close()
