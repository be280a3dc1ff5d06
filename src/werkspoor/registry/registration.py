# SPDX-License-Identifier: EUPL-1.2
"""Registering a resident who comes in through another door than a benefit (debt help,
inburgering): found by BSN, or added with the few facts every resident has; and the date
rules every registered step shares (after what came before it, not in the future)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.today import vandaag

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


def save_valid(instance):
    """Save after the model's own validation (Dutch messages per field)."""
    instance.full_clean()
    instance.save()
    return instance


def check_happened(day: date, field: str, earliest: date, what: str, since: str) -> None:
    """A registered day lies on or after `earliest` (the day of `since`) and not in the
    future: the message names the field's `what` and the earlier event."""
    if day < earliest:
        raise ValidationError(
            {field: f"{what} kan niet vóór {since} ({earliest:%d-%m-%Y}) liggen."}
        )
    check_not_future(day, field)


def check_not_future(day: date, field: str) -> None:
    if day > vandaag():
        raise ValidationError({field: "Deze datum ligt in de toekomst; registreer wat gebeurd is."})


def check_end(day: date, field: str, start: date, since: str) -> None:
    """An end ("beëindigd per") lies after the start (the day of `since`), not in the future."""
    if day <= start:
        raise ValidationError({field: f"De einddatum moet na {since} ({start:%d-%m-%Y}) liggen."})
    check_happened(day, field, start, "De einddatum", since)
