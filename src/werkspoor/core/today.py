# SPDX-License-Identifier: EUPL-1.2
"""The application's today, one definition for every app: WERKSPOOR_VANDAAG pins it (a demo
city that ends in the past is looked at from its last day)."""

from __future__ import annotations

from datetime import date

from django.conf import settings


def vandaag() -> date:
    pinned = getattr(settings, "WERKSPOOR_VANDAAG", "")
    return date.fromisoformat(pinned) if pinned else date.today()
