# SPDX-License-Identifier: EUPL-1.2
"""Functioneel beheer issues an API client in the browser, at 1,280 and 390 px wide: every
page passes axe (WCAG 2.1 AA) and scrolls no sideways; the secret shows once and works."""

from __future__ import annotations

import pytest
import requests
from playwright.sync_api import expect

from tests.browser import (
    chromium,
    follow,
    serious_violations,
)
from tests.browser import (
    log_in as browser_log_in,
)
from werkspoor.web import roles

from .conftest import no_horizontal_scroll, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def token_status(base: str, client_id: str, secret: str) -> int:
    response = requests.post(
        f"{base}/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(client_id, secret),
        timeout=30,
    )
    return response.status_code


def _check(page, name):
    screenshot(page, name)
    assert serious_violations(page) == [], page.url
    assert no_horizontal_scroll(page), f"{page.url} scrolls sideways"


@pytest.mark.parametrize("width", [1280, 390])
def test_beheer_issues_renews_and_revokes_a_client(live_app, build, settings, width):
    build.user(roles.FUNCTIONEEL_BEHEER, "beheer")
    with chromium(viewport={"width": width, "height": 900}) as context:
        page = context.new_page()
        base = live_app.url
        browser_log_in(page, base, "beheer")
        page.goto(base + "/beheer/")
        follow(page, page.get_by_role("link", name="API-clients"))
        _check(page, f"api-clients-leeg-{width}")
        page.get_by_role("link", name="Nieuwe client uitgeven").click()
        page.get_by_role("button", name="Uitgeven").click()
        expect(page.get_by_text("Geef de client een naam.")).to_be_visible()
        expect(page.get_by_text("Kies minstens één scope.")).to_be_visible()
        _check(page, f"api-client-fouten-{width}")
        page.get_by_label("Naam van het systeem").fill("Datawarehouse")
        page.get_by_label("Lezen: inwoners (naam, BSN, geboortedatum, wijk, huishouden)").check()
        page.get_by_role("button", name="Uitgeven").click()
        page.get_by_text("Dit geheim ziet u alleen nu.").wait_for()
        _check(page, f"api-client-geheim-{width}")
        codes = page.locator("code.ws-secret").all_inner_texts()
        assert token_status(base, *codes) == 200
        follow(page, page.get_by_role("link", name="Naar de client"))
        _check(page, f"api-client-{width}")
        page.get_by_role("button", name="Client intrekken").click()
        page.wait_for_url(base + "/beheer/api-clients/")
        expect(page.get_by_text("ingetrokken").first).to_be_visible()
        _check(page, f"api-clients-{width}")
        assert token_status(base, *codes) == 401


def test_other_roles_do_not_reach_the_client_pages(client, build):
    client.force_login(build.user(roles.WERKCOACH, "werkcoach"))
    assert client.get("/beheer/api-clients/").status_code == 403
    assert client.post("/beheer/api-clients/nieuw/", {"naam": "x"}).status_code == 403
