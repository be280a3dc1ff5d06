# SPDX-License-Identifier: EUPL-1.2
"""On the werkcoach's caseload: proposals that wait for their opinion."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from werkspoor.core.today import vandaag
from werkspoor.registry.models import Toewijzing
from werkspoor.registry.services import running_on
from werkspoor.web.notices import Notice

from .models import Oordeel, Voordracht, VoordrachtStatus


def waiting_proposals(user, werkcoach) -> list[Notice]:
    waiting = _waiting(getattr(werkcoach, "pk", None), vandaag()).all().count()
    if not waiting:
        return []
    text = "1 voordracht wacht" if waiting == 1 else f"{waiting} voordrachten wachten"
    return [Notice(f"{text} op uw akkoord of bezwaar.", "/voordrachten/", "Naar de voordrachten")]


# Built once per process per coach and day (building costs more than counting); only the
# query is kept, the count is read on every visit.
@lru_cache(maxsize=512)
def _waiting(werkcoach_id: int | None, day: date):
    own = Toewijzing.objects.filter(running_on(day), werkcoach_id=werkcoach_id).values("inwoner_id")
    return Voordracht.objects.filter(
        inwoner_id__in=own,
        oordeel=Oordeel.OPEN,
        status__in=(VoordrachtStatus.VOORGESTELD, VoordrachtStatus.GESPREK),
    )
