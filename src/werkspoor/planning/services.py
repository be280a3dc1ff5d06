# SPDX-License-Identifier: EUPL-1.2
"""Planning an appointment, adding and completing a to-do; and the queries the caseload
needs for all its rows at once (next appointment, due to-dos)."""

from __future__ import annotations

from datetime import date, time

from django.core.exceptions import ValidationError
from django.db import transaction

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.today import vandaag
from werkspoor.registry.models import Inwoner, Werkcoach

from .models import Afspraak, AfspraakStatus, Taak


def _save(instance):
    instance.full_clean()
    instance.save()
    return instance


def _not_in_past(day: date, field: str, wat: str) -> None:
    if day < vandaag():
        raise ValidationError({field: f"Deze datum ligt in het verleden; {wat}"})


@transaction.atomic
def plan_afspraak(
    user,
    inwoner: Inwoner,
    werkcoach: Werkcoach | None,
    datum: date,
    tijd: time,
    soort: str,
    met: str,
    duur_minuten: int = 45,
    locatie: str = "",
    onderwerp: str = "",
) -> Afspraak:
    _not_in_past(datum, "datum", "registreer een gesprek dat al was als contactmoment.")
    afspraak = _save(
        Afspraak(
            inwoner=inwoner,
            werkcoach=werkcoach,
            datum=datum,
            tijd=tijd,
            duur_minuten=duur_minuten,
            soort=soort,
            met=met,
            locatie=locatie,
            onderwerp=onderwerp,
        )
    )
    audit.log(
        user,
        AuditActie.AFSPRAAK_GEPLAND,
        inwoner.pk,
        afspraak.pk,
        {"soort": soort, "datum": datum.isoformat()},
    )
    return afspraak


@transaction.atomic
def add_taak(
    user, inwoner: Inwoner, werkcoach: Werkcoach | None, omschrijving: str, vervaldatum: date
) -> Taak:
    _not_in_past(vervaldatum, "vervaldatum", "kies vandaag of later.")
    taak = _save(
        Taak(
            inwoner=inwoner,
            werkcoach=werkcoach,
            omschrijving=omschrijving,
            vervaldatum=vervaldatum,
            aangemaakt_op=vandaag(),
        )
    )
    audit.log(
        user,
        AuditActie.TAAK_TOEGEVOEGD,
        inwoner.pk,
        taak.pk,
        {"vervaldatum": vervaldatum.isoformat()},
    )
    return taak


@transaction.atomic
def complete_taak(user, taak: Taak) -> Taak:
    if taak.afgerond_op is not None:
        raise ValidationError("Deze taak is al afgerond.")
    taak.afgerond_op = max(vandaag(), taak.aangemaakt_op)
    taak.afgerond_door = user if user.is_authenticated else None
    _save(taak)
    audit.log(user, AuditActie.TAAK_AFGEROND, taak.inwoner_id, taak.pk)
    return taak


def next_appointments(inwoner_ids: list[int], day: date) -> dict[int, Afspraak]:
    """The first planned appointment on or after `day` per resident, in one query."""
    if not inwoner_ids:
        return {}
    found: dict[int, Afspraak] = {}
    upcoming = Afspraak.objects.filter(
        inwoner_id__in=inwoner_ids, status=AfspraakStatus.GEPLAND, datum__gte=day
    ).order_by("inwoner_id", "datum", "tijd")
    for afspraak in upcoming.only("inwoner_id", "datum", "tijd", "soort", "met"):
        found.setdefault(afspraak.inwoner_id, afspraak)
    return found


def due_tasks(inwoner_ids: list[int], day: date) -> dict[int, list[Taak]]:
    """Open to-dos whose due date has come, per resident, in one query."""
    if not inwoner_ids:
        return {}
    found: dict[int, list[Taak]] = {}
    due = Taak.objects.filter(
        inwoner_id__in=inwoner_ids, afgerond_op__isnull=True, vervaldatum__lte=day
    ).order_by("vervaldatum", "pk")
    for taak in due.only("inwoner_id", "omschrijving", "vervaldatum"):
        found.setdefault(taak.inwoner_id, []).append(taak)
    return found


RESIDENT_AFSPRAKEN = 50  # the newest appointments of one resident the agenda section reads


def resident_planning(inwoner) -> tuple[list[Afspraak], list[Taak]]:
    """One resident's newest appointments (newest first, at most RESIDENT_AFSPRAKEN) and all
    their to-dos (by due date), read once per resident instance: the dossier's caseload row
    (next appointment, due to-dos) and its agenda section show them both."""
    cached = getattr(inwoner, "_werkspoor_planning", None)
    if cached is None:
        afspraken = Afspraak.objects.filter(inwoner=inwoner).order_by("-datum", "-tijd")
        taken = Taak.objects.filter(inwoner=inwoner).order_by("vervaldatum", "pk")
        cached = (list(afspraken[:RESIDENT_AFSPRAKEN]), list(taken))
        inwoner._werkspoor_planning = cached
    return cached


def next_appointments_of(inwoners: list, day: date) -> dict[int, Afspraak]:
    """next_appointments for these residents; for one resident from resident_planning."""
    if len(inwoners) == 1:
        (inwoner,) = inwoners
        afspraken, _ = resident_planning(inwoner)
        cut_off = len(afspraken) == RESIDENT_AFSPRAKEN and afspraken[-1].datum >= day
        if not cut_off:  # else the first coming one may be older than the newest read
            planned = [
                a for a in afspraken if a.status == AfspraakStatus.GEPLAND and a.datum >= day
            ]
            return {inwoner.pk: planned[-1]} if planned else {}
    return next_appointments([inwoner.pk for inwoner in inwoners], day)


def due_tasks_of(inwoners: list, day: date) -> dict[int, list[Taak]]:
    """due_tasks for these residents; for one resident from resident_planning."""
    if len(inwoners) == 1:
        (inwoner,) = inwoners
        _, taken = resident_planning(inwoner)
        due = [t for t in taken if t.afgerond_op is None and t.vervaldatum <= day]
        return {inwoner.pk: due} if due else {}
    return due_tasks([inwoner.pk for inwoner in inwoners], day)
