# SPDX-License-Identifier: EUPL-1.2
"""Debt help as work: the legal deadline of each first talk, the work list, the signals to
contact, and the steps a schuldhulpverlener registers (each validated, atomic and audited).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.termijnen import Deadline, alle_termijnen
from werkspoor.registry.models import Inwoner
from werkspoor.registry.registration import (
    check_end,
    check_happened,
    check_not_future,
    save_valid,
)

from .models import Schuldhulptraject, Vroegsignaal

SIGNAAL_TERMIJN = "vroegsignalering_contact"


@dataclass(frozen=True)
class Wachtend:
    traject: Schuldhulptraject
    deadline: Deadline


@dataclass(frozen=True)
class TeContacteren:
    signaal: Vroegsignaal
    deadline: Deadline


def eerste_gesprek_deadline(traject: Schuldhulptraject, day: date) -> Deadline:
    return Deadline.of(traject.termijn_code, traject.aanmelddatum, day)


def werklijst(day: date) -> list[Wachtend]:
    """Running registrations waiting for their first talk: urgent ones first, then by the
    legal deadline (the most pressing on top)."""
    waiting = Schuldhulptraject.objects.filter(
        aanmelddatum__lte=day, eerste_gesprek__isnull=True, einddatum__isnull=True
    ).select_related("inwoner")
    rows = [Wachtend(t, eerste_gesprek_deadline(t, day)) for t in waiting]
    return sorted(
        rows,
        key=lambda r: (
            not r.traject.spoed,
            r.deadline.uiterste_dag or date.max,
            r.traject.aanmelddatum,
            r.traject.pk,
        ),
    )


def _longest_contact_term() -> int:
    return max(t.waarde for t in alle_termijnen()[SIGNAAL_TERMIJN])


def te_contacteren(day: date) -> tuple[list[TeContacteren], int]:
    """Signals without contact still within the contact term, oldest deadline first; and
    the number of those whose term has passed. Only the last weeks' signals are read."""
    open_signals = Vroegsignaal.objects.filter(datum__lte=day, contactdatum__isnull=True)
    window_start = day - timedelta(days=_longest_contact_term())
    recent = open_signals.filter(datum__gte=window_start).select_related("inwoner")
    rows = [TeContacteren(s, Deadline.of(SIGNAAL_TERMIJN, s.datum, day)) for s in recent]
    lapsed = open_signals.filter(datum__lt=window_start).count()
    lapsed += sum(1 for r in rows if r.deadline.verlopen)
    rows = [r for r in rows if not r.deadline.verlopen]
    rows.sort(key=lambda r: (r.deadline.uiterste_dag or date.max, r.signaal.datum, r.signaal.pk))
    return rows, lapsed


def alle_open_signalen(day: date):
    """Every signal without contact, also those whose term has passed, oldest first (a
    queryset, so that one page of it is read at a time)."""
    return (
        Vroegsignaal.objects.filter(datum__lte=day, contactdatum__isnull=True)
        .select_related("inwoner")
        .order_by("datum", "pk")
    )


def met_deadline(signals, day: date) -> list[TeContacteren]:
    return [TeContacteren(s, Deadline.of(SIGNAAL_TERMIJN, s.datum, day)) for s in signals]


def _log(user, traject: Schuldhulptraject, stap: str, **detail) -> None:
    audit.log(
        user,
        AuditActie.SCHULDHULP_GEWIJZIGD,
        traject.inwoner_id,
        traject.pk,
        {"stap": stap, **detail},
    )


def lopend_traject(inwoner: Inwoner, day: date) -> Schuldhulptraject | None:
    return (
        inwoner.schuldhulptrajecten.filter(aanmelddatum__lte=day)
        .exclude(einddatum__lte=day)
        .order_by("-aanmelddatum")
        .first()
    )


@transaction.atomic
def aanmelden(user, inwoner: Inwoner, aanmelddatum: date, spoed: bool) -> Schuldhulptraject:
    check_not_future(aanmelddatum, "aanmelddatum")
    running = lopend_traject(inwoner, aanmelddatum)
    if running is not None:
        raise ValidationError(
            f"Deze inwoner heeft al een lopend schuldhulptraject (aangemeld "
            f"{running.aanmelddatum:%d-%m-%Y}); sluit dat eerst af."
        )
    traject = save_valid(Schuldhulptraject(inwoner=inwoner, aanmelddatum=aanmelddatum, spoed=spoed))
    _log(user, traject, "aanmelding", spoed=spoed)
    return traject


def _check_open(traject: Schuldhulptraject) -> None:
    if traject.einddatum is not None:
        raise ValidationError("Dit traject is afgesloten; registreer een nieuwe aanmelding.")


@transaction.atomic
def eerste_gesprek(user, traject: Schuldhulptraject, datum: date) -> Schuldhulptraject:
    _check_open(traject)
    if traject.eerste_gesprek is not None:
        raise ValidationError("Het eerste gesprek is al geregistreerd.")
    check_happened(datum, "datum", traject.aanmelddatum, "Het eerste gesprek", "de aanmelding")
    traject.eerste_gesprek = datum
    save_valid(traject)
    deadline = eerste_gesprek_deadline(traject, datum)
    _log(user, traject, "eerste_gesprek", op_tijd=not deadline.verlopen)
    return traject


@transaction.atomic
def plan(user, traject: Schuldhulptraject, datum: date, soort: str) -> Schuldhulptraject:
    """The plan van aanpak with the kind of help; again later: the kind changed."""
    _check_open(traject)
    if traject.eerste_gesprek is None:
        raise ValidationError("Registreer eerst het eerste gesprek.")
    check_happened(datum, "datum", traject.eerste_gesprek, "Het plan", "het eerste gesprek")
    first_plan = traject.plan_datum is None
    if first_plan:
        traject.plan_datum = datum
    traject.soort = soort
    save_valid(traject)
    _log(user, traject, "plan" if first_plan else "soort", soort=soort)
    return traject


@transaction.atomic
def afsluiten(user, traject: Schuldhulptraject, einddatum: date, resultaat: str):
    _check_open(traject)
    check_end(einddatum, "einddatum", traject.aanmelddatum, "de aanmelding")
    traject.einddatum, traject.resultaat = einddatum, resultaat
    save_valid(traject)
    _log(user, traject, "einde", resultaat=resultaat)
    return traject


@transaction.atomic
def signaal_opvolgen(
    user, signaal: Vroegsignaal, contactdatum: date, aanmelding: bool, spoed: bool
) -> Schuldhulptraject | None:
    """Register the contact after a signal; with `aanmelding` the registration for debt help
    that came of it (on the contact day)."""
    if signaal.contactdatum is not None:
        raise ValidationError("Het contact na dit signaal is al geregistreerd.")
    check_happened(contactdatum, "contactdatum", signaal.datum, "Het contact", "het signaal")
    signaal.contactdatum, signaal.aanmelding = contactdatum, aanmelding
    save_valid(signaal)
    audit.log(
        user,
        AuditActie.SIGNAAL_OPGEVOLGD,
        signaal.inwoner_id,
        signaal.pk,
        {"bron": signaal.bron, "aanmelding": aanmelding},
    )
    if aanmelding:
        return aanmelden(user, signaal.inwoner, contactdatum, spoed)
    return None
