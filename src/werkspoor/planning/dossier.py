# SPDX-License-Identifier: EUPL-1.2
"""The agenda section of the resident file: coming and recent appointments, open and
recently completed to-dos (only for those who work on the file)."""

from __future__ import annotations

from .models import AfspraakStatus
from .services import resident_planning

RECENT = 3


def planning_section(ctx) -> dict | None:
    if not ctx.mag_schrijven:
        return None
    # as read for the caseload row's next appointment and due to-dos (one resident)
    afspraken, taken = resident_planning(ctx.inwoner)
    komend = [
        a for a in reversed(afspraken) if a.datum >= ctx.day and a.status == AfspraakStatus.GEPLAND
    ]
    eerder = [a for a in afspraken if a not in komend][:RECENT]
    afgerond = sorted((t for t in taken if not t.open), key=lambda t: t.afgerond_op, reverse=True)
    return {
        "inwoner": ctx.inwoner,
        "day": ctx.day,
        "afspraken_komend": komend,
        "afspraken_eerder": eerder,
        "taken_open": [t for t in taken if t.open],
        "taken_afgerond": afgerond[:RECENT],
    }
