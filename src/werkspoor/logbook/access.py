# SPDX-License-Identifier: EUPL-1.2
"""An access request (AVG art. 15): every processing of one resident's data, with activity,
purpose, legal basis and date, found by the pseudonyms of the resident's BSN (and of
Werkspoor's own number for lines written before the BSN was known)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from django.utils import timezone

from werkspoor.registry.models import Inwoner

from .models import StatusCode, Verwerking
from .pseudonym import BSN, WERKSPOOR, pseudonym
from .register import register


@dataclass(frozen=True)
class Antwoord:
    bsn: str
    inwoner_id: int | None
    van: date | None
    tot: date | None
    verwerkingen: list[dict]


def _moment(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def pseudonyms_for(bsn: str) -> tuple[list[str], int | None]:
    inwoner_id = Inwoner.objects.filter(bsn=bsn).values_list("pk", flat=True).first()
    found = [pseudonym(BSN, bsn)]
    if inwoner_id is not None:
        found.append(pseudonym(WERKSPOOR, str(inwoner_id)))
    return found, inwoner_id


def lines_for(bsn: str, van: date | None = None, tot: date | None = None):
    pseudonyms, inwoner_id = pseudonyms_for(bsn)
    lines = Verwerking.objects.filter(betrokkene__in=pseudonyms)
    if van:
        lines = lines.filter(start__gte=_moment(van))
    if tot:
        lines = lines.filter(start__lt=_moment(tot))
    return lines.order_by("start", "pk"), inwoner_id


def describe(line: Verwerking) -> dict:
    activiteit = register().get(line.activiteit, line.versie)
    return {
        "tijdstip": timezone.localtime(line.start).isoformat(timespec="milliseconds"),
        "einde": timezone.localtime(line.eind).isoformat(timespec="milliseconds"),
        "verwerking": line.naam,
        "status": StatusCode(line.status).label,
        "activiteit": {
            "id": activiteit.uri,
            "naam": activiteit.naam,
            "doel": activiteit.doel,
            "grondslag": activiteit.grondslag,
            "bewaartermijn_maanden": activiteit.bewaartermijn_maanden,
        },
        "verantwoordelijke": register().verantwoordelijke,
        "trace_id": line.trace_id,
        "operation_id": line.span_id,
        "betrokkene": {"pseudoniem": line.betrokkene, "soort": line.betrokkene_soort},
    }


def antwoord(bsn: str, van: date | None = None, tot: date | None = None) -> Antwoord:
    lines, inwoner_id = lines_for(bsn, van, tot)
    return Antwoord(bsn, inwoner_id, van, tot, [describe(line) for line in lines])
