# SPDX-License-Identifier: EUPL-1.2
"""Inburgering as work: the residents in inburgering with the PIP's due date, the leerroute,
the end of the three-year term and whether they combine it with work or a traject (duaal);
and the steps an inburgeringsconsulent registers (validated, atomic, audited)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.termijnen import Deadline
from werkspoor.registry.models import Deeltijdwerk, Inwoner, Traject
from werkspoor.registry.registration import (
    check_end,
    check_happened,
    check_not_future,
    save_valid,
)
from werkspoor.registry.services import running_on

from .models import Inburgering

PIP_TERMIJN = "inburgering_pip"
INBURGERINGSTERMIJN = "inburgering_termijn"


@dataclass(frozen=True)
class Inburgeraar:
    inburgering: Inburgering
    pip: Deadline  # the PIP's due date while there is none
    termijn: Deadline | None  # the term's last day, once the PIP is dated
    traject: bool
    deeltijdwerk: bool

    @property
    def duaal(self) -> bool:
        return self.traject or self.deeltijdwerk

    @property
    def duaal_label(self) -> str:
        flags = ((self.traject, "traject"), (self.deeltijdwerk, "werk"))
        return " en ".join(label for flag, label in flags if flag) or "nee"


def deadlines(inburgering: Inburgering, day: date) -> tuple[Deadline, Deadline | None]:
    """(PIP due date from the start, the term's end from the day after the PIP)."""
    pip = Deadline.of(PIP_TERMIJN, inburgering.startdatum, day)
    if inburgering.pip_datum is None:
        return pip, None
    return pip, Deadline.of(INBURGERINGSTERMIJN, inburgering.pip_datum, day)


def _running_ids(model, ids: list[int], day: date) -> set[int]:
    return set(
        model.objects.filter(running_on(day), inwoner_id__in=ids).values_list(
            "inwoner_id", flat=True
        )
    )


def lopend(day: date, alleen_zonder_pip: bool = False):
    """Inburgeringen running on `day`, in the work list's order: those without a PIP first
    (by start, so by the PIP's due date), then by the PIP's date (so by the term's end).
    A queryset: a page of it is read at a time."""
    running = Inburgering.objects.filter(
        Q(einddatum__isnull=True) | Q(einddatum__gt=day), startdatum__lte=day
    )
    if alleen_zonder_pip:
        running = running.filter(pip_datum__isnull=True)
    return running.select_related("inwoner").order_by(
        F("pip_datum").asc(nulls_first=True), "startdatum", "pk"
    )


def werklijst(inburgeringen, day: date) -> list[Inburgeraar]:
    """The rows of the work list for these inburgeringen (one page)."""
    inburgeringen = list(inburgeringen)
    ids = [i.inwoner_id for i in inburgeringen]
    with_traject = _running_ids(Traject, ids, day)
    with_work = _running_ids(Deeltijdwerk, ids, day)
    return [
        Inburgeraar(
            inburgering,
            *deadlines(inburgering, day),
            inburgering.inwoner_id in with_traject,
            inburgering.inwoner_id in with_work,
        )
        for inburgering in inburgeringen
    ]


def samenvatting(running, day: date) -> dict:
    """Counts over the whole list: PIPs past their due date, and residents combining the
    inburgering with a traject or part-time work (duaal)."""
    starts = running.filter(pip_datum__isnull=True).values_list("startdatum", flat=True)
    late = sum(1 for start in starts if Deadline.of(PIP_TERMIJN, start, day).verlopen)
    combining = [
        Exists(model.objects.filter(running_on(day), inwoner=OuterRef("inwoner")))
        for model in (Traject, Deeltijdwerk)
    ]
    duaal = running.filter(combining[0] | combining[1]).count()
    return {"totaal": running.count(), "pip_te_laat": late, "duaal": duaal}


def _log(user, inburgering: Inburgering, stap: str, **detail) -> None:
    audit.log(
        user,
        AuditActie.INBURGERING_GEWIJZIGD,
        inburgering.inwoner_id,
        inburgering.pk,
        {"stap": stap, **detail},
    )


@transaction.atomic
def starten(user, inwoner: Inwoner, startdatum: date, doelgroep: str) -> Inburgering:
    running = inwoner.inburgeringen.filter(einddatum__isnull=True).first()
    if running is not None:
        raise ValidationError(
            f"Deze inwoner is al in inburgering (gestart {running.startdatum:%d-%m-%Y})."
        )
    check_not_future(startdatum, "startdatum")
    inburgering = Inburgering(inwoner=inwoner, startdatum=startdatum, doelgroep=doelgroep)
    save_valid(inburgering)
    _log(user, inburgering, "start", doelgroep=doelgroep)
    return inburgering


def _check_open(inburgering: Inburgering) -> None:
    if inburgering.einddatum is not None:
        raise ValidationError("Deze inburgering is beëindigd.")


@transaction.atomic
def pip(user, inburgering: Inburgering, datum: date, route: str) -> Inburgering:
    """The PIP with its leerroute; for a dated PIP, a change of route (schakelen) that keeps
    the PIP's date and so the term (Wi2021 art. 11 lid 3)."""
    _check_open(inburgering)
    if inburgering.pip_datum is not None:
        if route == inburgering.route:
            raise ValidationError({"route": "Dit is al de leerroute van deze inwoner."})
        inburgering.route = route
        save_valid(inburgering)
        _log(user, inburgering, "schakelen", route=route)
        return inburgering
    check_happened(datum, "datum", inburgering.startdatum, "Het PIP", "de start van de inburgering")
    inburgering.pip_datum, inburgering.route = datum, route
    save_valid(inburgering)
    pip_deadline, _ = deadlines(inburgering, datum)
    _log(user, inburgering, "pip", route=route, op_tijd=not pip_deadline.verlopen)
    return inburgering


@transaction.atomic
def beeindigen(user, inburgering: Inburgering, einddatum: date, resultaat: str) -> Inburgering:
    _check_open(inburgering)
    check_end(einddatum, "einddatum", inburgering.startdatum, "de start")
    inburgering.einddatum, inburgering.resultaat = einddatum, resultaat
    save_valid(inburgering)
    _log(user, inburgering, "einde", resultaat=resultaat)
    return inburgering
