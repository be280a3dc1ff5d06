# SPDX-License-Identifier: EUPL-1.2
"""The registry's stand: the last day for which it holds registered facts. Figures for a
period after the stand would be figures about facts nobody has registered yet.

WERKSPOOR_STAND pins it (a registry known to be complete up to a date); otherwise it is the
latest dated event on or before today.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.conf import settings
from django.db.models import Max

from werkspoor.core.today import vandaag
from werkspoor.employers.models import Ontmoeting, Plaatsing
from werkspoor.registry.models import Contactmoment, Uitkering

# (model, date field, days to add): an einddatum is the first day without the benefit, so
# the registered fact is the day before it.
EVENT_DATES = (
    (Contactmoment, "datum", 0),
    (Uitkering, "startdatum", 0),
    (Uitkering, "einddatum", -1),
    (Ontmoeting, "datum", 0),
    (Plaatsing, "datum", 0),
)


def registry_stand() -> date | None:
    """The stand, or None for an empty registry."""
    pinned = getattr(settings, "WERKSPOOR_STAND", "")
    if pinned:
        return date.fromisoformat(pinned)
    today = vandaag()
    latest = []
    for model, field, shift in EVENT_DATES:
        cutoff = today - timedelta(days=shift)
        found = model.objects.filter(**{f"{field}__lte": cutoff}).aggregate(m=Max(field))["m"]
        if found is not None:
            latest.append(found + timedelta(days=shift))
    return max(latest, default=None)
