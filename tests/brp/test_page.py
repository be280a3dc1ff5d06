# SPDX-License-Identifier: EUPL-1.2
"""The resident's BRP page in the workspace: off without configuration, the check, the
differences beside each other, the choice per difference, and the notice in the dossier."""

from __future__ import annotations

from datetime import date

import pytest

from werkspoor.brp.models import Status
from werkspoor.web import roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def coach_and_resident(build, client):
    coach = build.werkcoach("Sanne de Vries")
    inwoner = build.caseload_inwoner(
        coach, bsn="999990020", voornaam="Jan", achternaam="Berg", geboortedatum=date(1985, 3, 1)
    )
    user = build.user(roles.WERKCOACH, "werkcoach", werkcoach=coach)
    client.force_login(user)
    return client, inwoner


def test_the_page_says_the_link_is_off_without_configuration(settings, coach_and_resident):
    settings.WERKSPOOR_BRP_URL = ""
    client, inwoner = coach_and_resident
    page = client.get(f"/inwoners/{inwoner.pk}/brp/").content.decode()
    assert "De BRP-koppeling staat uit" in page
    assert "Controleren met de BRP" not in page


def test_check_shows_differences_and_the_choice_is_applied(brp, coach_and_resident):
    client, inwoner = coach_and_resident
    response = client.post(f"/inwoners/{inwoner.pk}/brp/", {"actie": "controleren"}, follow=True)
    page = response.content.decode()
    assert "verschil(len) om te beoordelen" in page
    assert "van der Berg" in page and "BRP-waarde overnemen" in page
    dossier = client.get(f"/inwoners/{inwoner.pk}/").content.decode()
    assert "De BRP wijkt af" in dossier and "achternaam" in dossier
    client.post(
        f"/inwoners/{inwoner.pk}/brp/",
        {"actie": "beslissen", "keuze_achternaam": "overnemen", "keuze_huishouden": "behouden"},
    )
    inwoner.refresh_from_db()
    assert inwoner.achternaam == "van der Berg"
    assert inwoner.brp_gegevens.get(veld="huishouden").status == Status.BEHOUDEN


def test_a_role_without_write_access_cannot_use_the_page(brp, build, client):
    inwoner = build.inwoner(bsn="999990020")
    client.force_login(build.user(roles.BELEID, "beleid"))
    assert client.get(f"/inwoners/{inwoner.pk}/brp/").status_code == 403
    assert client.post(f"/inwoners/{inwoner.pk}/brp/", {"actie": "controleren"}).status_code == 403
    assert not inwoner.brp_gegevens.exists()
