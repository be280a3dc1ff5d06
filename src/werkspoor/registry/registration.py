# SPDX-License-Identifier: EUPL-1.2
"""Registering a resident who comes in through another door than a benefit (debt help,
inburgering): found by BSN, or added with the few facts every resident has."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import transaction

from werkspoor.core import audit
from werkspoor.core.models import AuditActie

from .models import Inwoner


@dataclass(frozen=True)
class NieuweInwoner:
    voornaam: str
    achternaam: str
    geboortedatum: date
    wijk: str
    huishoudtype: str


def find_by_bsn(bsn: str) -> Inwoner | None:
    return Inwoner.objects.filter(bsn=bsn).first()


@transaction.atomic
def register_inwoner(user, bsn: str, facts: NieuweInwoner, door: str) -> Inwoner:
    """A new resident with BSN and the minimal facts; `door` names the process (audit)."""
    inwoner = Inwoner(
        bsn=bsn,
        voornaam=facts.voornaam,
        achternaam=facts.achternaam,
        geboortedatum=facts.geboortedatum,
        wijk=facts.wijk,
        huishoudtype=facts.huishoudtype,
    )
    inwoner.full_clean()
    inwoner.save()
    audit.log(user, AuditActie.INWONER_GEREGISTREERD, inwoner.pk, detail={"via": door})
    return inwoner
