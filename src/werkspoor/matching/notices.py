# SPDX-License-Identifier: EUPL-1.2
"""On the werkcoach's caseload: proposals that wait for their opinion."""

from __future__ import annotations

from werkspoor.core.today import vandaag
from werkspoor.registry.models import Toewijzing
from werkspoor.registry.services import running_on
from werkspoor.web.notices import Notice

from .models import Oordeel, Voordracht, VoordrachtStatus


def waiting_proposals(user, werkcoach) -> list[Notice]:
    own = Toewijzing.objects.filter(running_on(vandaag()), werkcoach=werkcoach).values("inwoner_id")
    waiting = Voordracht.objects.filter(
        inwoner_id__in=own,
        oordeel=Oordeel.OPEN,
        status__in=(VoordrachtStatus.VOORGESTELD, VoordrachtStatus.GESPREK),
    ).count()
    if not waiting:
        return []
    text = "1 voordracht wacht" if waiting == 1 else f"{waiting} voordrachten wachten"
    return [Notice(f"{text} op uw akkoord of bezwaar.", "/voordrachten/", "Naar de voordrachten")]
