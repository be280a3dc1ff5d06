# SPDX-License-Identifier: EUPL-1.2
"""A werkcoach checks a resident with the BRP in the browser, at 1,280 and 390 px wide: the
dossier shows the differences, the BRP page puts them side by side, axe finds nothing."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import expect

from tests.api.conftest import no_horizontal_scroll, screenshot
from tests.browser import (
    chromium,
    serious_violations,
)
from tests.browser import (
    log_in as browser_log_in,
)
from werkspoor.web import roles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _check(page, name):
    screenshot(page, name)
    assert serious_violations(page) == [], page.url
    assert no_horizontal_scroll(page), f"{page.url} scrolls sideways"


@pytest.mark.parametrize("width", [1280, 390])
def test_werkcoach_checks_with_the_brp_and_decides(live_app, brp, build, settings, width):
    coach = build.werkcoach("Sanne de Vries")
    inwoner = build.caseload_inwoner(
        coach, bsn="999990020", voornaam="Jan", achternaam="Berg", geboortedatum=date(1985, 3, 1)
    )
    build.user(roles.WERKCOACH, "werkcoach", werkcoach=coach)
    with chromium(viewport={"width": width, "height": 900}) as context:
        page = context.new_page()
        base = live_app.url
        browser_log_in(page, base, "werkcoach")
        page.goto(f"{base}/inwoners/{inwoner.pk}/")
        page.get_by_role("link", name="BRP-gegevens").click()
        page.get_by_role("button", name="Controleren met de BRP").click()
        page.get_by_text("om te beoordelen").wait_for()
        _check(page, f"brp-verschillen-{width}")
        page.goto(f"{base}/inwoners/{inwoner.pk}/")
        expect(page.get_by_text("De BRP wijkt af")).to_be_visible()
        _check(page, f"brp-dossier-{width}")
        page.get_by_role("link", name="Bekijken en beslissen").click()
        page.get_by_role("group", name="Achternaam: wat klopt?").get_by_label(
            "BRP-waarde overnemen"
        ).check()
        page.get_by_role("group", name="Huishouden: wat klopt?").get_by_label(
            "Werkspoor-waarde houden"
        ).check()
        page.get_by_role("button", name="Keuzes opslaan").click()
        page.get_by_text("Uw keuzes zijn verwerkt").wait_for()
        expect(page.get_by_text("Overgenomen uit de BRP")).to_be_visible()
        _check(page, f"brp-besloten-{width}")
    inwoner.refresh_from_db()
    assert inwoner.achternaam == "van der Berg"
