# SPDX-License-Identifier: EUPL-1.2
"""Where each role lands after logging in: its own work. The first row whose role the user
has wins, so a teamleider who also has a caseload starts with the team. A new role adds
one row."""

from __future__ import annotations

from . import roles
from .access import user_roles

START_PAGES: list[tuple[str, str]] = [
    (roles.TEAMLEIDER, "/team/"),
    (roles.WERKCOACH, "/caseload/"),
    (roles.BEDRIJFSADVISEUR, "/werkgevers/"),
    (roles.CONSULENT, "/aanvragen/"),
    (roles.SCHULDHULPVERLENER, "/schulden/"),
    (roles.INBURGERINGSCONSULENT, "/inburgering/"),
    (roles.FUNCTIONEEL_BEHEER, "/beheer/"),
    (roles.BELEID, "/dashboard/"),
]


def start_page(user) -> str:
    names = user_roles(user)
    return next((url for role, url in START_PAGES if role in names), "/")
