# SPDX-License-Identifier: EUPL-1.2
"""Retention: a segment (one activity version, one month) is removed whole once the last
day of its month is longer ago than the activity's retention in the register."""

from __future__ import annotations

from datetime import date

from werkspoor.registry.limits import add_months

from .chain import remove_segment
from .models import Segment
from .register import register


def expires_on(segment: Segment) -> date:
    """The first day on which the segment may be removed."""
    months = register().get(segment.activiteit, segment.versie).bewaartermijn_maanden
    return add_months(segment.maand, 1 + months)


def expired(today: date) -> list[Segment]:
    live = Segment.objects.filter(verwijderd_op__isnull=True).order_by("maand", "activiteit")
    return [s for s in live if expires_on(s) <= today]


def clean(today: date, dry_run: bool = False) -> list[tuple[Segment, int]]:
    removed = []
    for segment in expired(today):
        if not dry_run:
            activiteit = register().get(segment.activiteit, segment.versie)
            remove_segment(
                segment, f"bewaartermijn {activiteit.bewaartermijn_maanden} maanden verstreken"
            )
        removed.append((segment, segment.aantal))
    return removed
