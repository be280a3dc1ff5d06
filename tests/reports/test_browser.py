# SPDX-License-Identifier: EUPL-1.2
"""The public Dashboard and beleid's duiding in Debian's chromium (headless), every page
checked with axe-core (WCAG 2.1 AA) at 1,280 and 390 px: the quarter picker, the downloads,
a quarter without data (404 with a way back), and a duiding written, approved by a second
beleid user and then shown on the public page."""

import os

import pytest
from playwright.sync_api import expect

from tests.browser import chromium, offset_from_top
from tests.web.test_browser import assert_accessible, log_in
from werkspoor.web import roles

pytestmark = pytest.mark.browser
WIDTHS = (1280, 390)


@pytest.fixture
def site(live_server, published, build, settings):

    build.user(roles.BELEID, "beleid-een")
    build.user(roles.BELEID, "beleid-twee")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield live_server.url
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def _page(context, base):
    page = context.new_page()
    page.base = base
    return page


@pytest.mark.parametrize("width", WIDTHS)
def test_the_quarter_picker_leads_to_another_quarter_and_pages_pass_axe(site, width):
    with chromium(viewport={"width": width, "height": 900}) as context:
        page = _page(context, site)
        page.goto(site + "/dashboard/")
        page.wait_for_url("**/dashboard/2021Q4/")
        page.get_by_label("Kwartaal", exact=True).select_option("2020Q2")
        page.get_by_role("button", name="Toon kwartaal").click()
        page.wait_for_url("**/dashboard/2020Q2/")
        assert (
            page.get_by_role("heading", level=1).inner_text()
            == "Dashboard Werk en Inkomen — 2020Q2"
        )
        page.wait_for_load_state("networkidle")
        assert "Grafiek kon niet" not in page.content()
        assert offset_from_top(page) == 0  # the theme sections' class once also styled <html>
        assert_accessible(page)
        page.get_by_role("link", name="Monitor Werk en Inkomen 2020Q2").click()
        page.wait_for_url("**/dashboard/2020Q2/monitor/")
        page.wait_for_load_state("networkidle")
        drawings = page.locator(".ws-chart__drawing")
        assert (
            drawings.count() >= 5
            and page.locator(".ws-chart__drawing svg").count() == drawings.count()
        )
        page.locator("summary", has_text="Tabel bij deze grafiek").first.click()
        expect(page.get_by_role("table").first).to_be_visible()
        assert_accessible(page)
        page.get_by_role("link", name="Uitstroom naar reden").click()
        page.wait_for_url("**/monitor/uitstroom/")
        assert_accessible(page)


def test_downloads_give_the_quarters_figures(site, tmp_path):
    with chromium(viewport={"width": 1280, "height": 900}, accept_downloads=True) as context:
        page = _page(context, site)
        page.goto(site + "/dashboard/2020Q4/")
        with page.expect_download() as csv_download:
            page.get_by_role("link", name="Alle gepubliceerde cijfers (CSV)").click()
        path = tmp_path / "cijfers.csv"
        csv_download.value.save_as(path)
        assert path.read_text(encoding="utf-8").startswith("indicator,periode,uitsplitsing")
        with page.expect_download() as xlsx_download:
            page.get_by_role("link", name="Alle gepubliceerde cijfers (Excel)").click()
        assert xlsx_download.value.suggested_filename == "cijfers-2020Q4.xlsx"


@pytest.mark.parametrize("width", WIDTHS)
def test_a_quarter_without_data_is_a_404_with_a_way_back(site, width):
    with chromium(viewport={"width": width, "height": 900}) as context:
        page = _page(context, site)
        response = page.goto(site + "/dashboard/2099Q4/")
        assert response.status == 404
        assert "Voor 2099Q4 zijn er nog geen cijfers" in page.content()
        assert_accessible(page)
        page.get_by_role("link", name="Naar het Dashboard van 2021Q4").click()
        page.wait_for_url("**/dashboard/2021Q4/")


def test_a_duiding_is_written_approved_by_a_colleague_and_then_public(site):
    text = "De daling komt door de aantrekkende arbeidsmarkt."
    with chromium(viewport={"width": 1280, "height": 900}) as context:
        page = _page(context, site)
        log_in(page, "beleid-een")
        page.goto(site + "/duiding/2020Q4/")
        assert_accessible(page)
        page.get_by_role("link", name="Lopende bijstandsuitkeringen").click()
        page.get_by_label("Toelichting").fill(text)
        page.get_by_role("button", name="Opslaan als nieuwe versie").click()
        expect(page.locator("body")).to_contain_text("wacht op goedkeuring")
        assert page.get_by_role("button", name="Versie 1 goedkeuren en publiceren").count() == 0
        assert_accessible(page)
        page.goto(site + "/dashboard/2020Q4/")
        assert text not in page.content()
    with chromium(viewport={"width": 390, "height": 900}) as context:
        page = _page(context, site)
        log_in(page, "beleid-twee")
        page.goto(site + "/duiding/2020Q4/bestand/")
        page.get_by_role("button", name="Versie 1 goedkeuren en publiceren").click()
        expect(page.locator("body")).to_contain_text("goedgekeurd en gepubliceerd")
        assert_accessible(page)
        page.goto(site + "/dashboard/2020Q4/")
        assert text in page.locator("#tegel-bestand").inner_text()
        assert_accessible(page)
