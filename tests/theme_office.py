# SPDX-License-Identifier: EUPL-1.2
"""Fixtures for the theme apps (debt, inburgering, poverty): the small office of tests/web
with a schuldhulpverlener and an inburgeringsconsulent added, and residents in debt help,
inburgering and with a U-pas."""

from dataclasses import dataclass
from datetime import date

import pytest

from tests.web.conftest import VANDAAG, Office, login, office, pinned_today  # noqa: F401
from werkspoor.web import roles


@dataclass
class ThemeOffice:
    office: Office
    users: dict  # role -> user, all seven roles
    schulden: object  # resident with a debt trajectory (and in the werkcoach's caseload)
    traject: object
    signaal: object
    inburgeraar: object  # resident in inburgering, without a benefit
    inburgering: object


@pytest.fixture
def themes(build, office) -> ThemeOffice:  # noqa: F811 - the fixture imported above
    users = dict(office.users)
    users[roles.SCHULDHULPVERLENER] = build.user(roles.SCHULDHULPVERLENER, "schuldhulp")
    users[roles.INBURGERINGSCONSULENT] = build.user(roles.INBURGERINGSCONSULENT, "inburgering")
    own = office.own
    traject = build.schuldhulp(own, date(2024, 5, 20), spoed=False)
    signaal = build.vroegsignaal(own, date(2024, 5, 27), bron="energie")
    inburgeraar = build.inwoner(
        date(1992, 4, 4), "Overvecht", voornaam="Dilan", achternaam="Yilmaz", statushouder=True
    )
    inburgering = build.inburgering(inburgeraar, date(2024, 3, 1), doelgroep="asiel")
    build.upas(own, 2023, tegoed="150.00", besteed="120.00")
    return ThemeOffice(office, users, own, traject, signaal, inburgeraar, inburgering)


__all__ = ["ThemeOffice", "VANDAAG"]
