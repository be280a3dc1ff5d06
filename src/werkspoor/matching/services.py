# SPDX-License-Identifier: EUPL-1.2
"""Proposing a candidate, moving a proposal through the pipeline, the werkcoach's
agreement or objection, and work wishes. Each validates with a Dutch message, saves
atomically and writes an audit record."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.today import vandaag
from werkspoor.employers import services as employer_services
from werkspoor.employers.models import Vacature
from werkspoor.registry.models import Inwoner

from .models import NEXT_STEPS, Oordeel, Voordracht, VoordrachtStatus, Werkwens
from .ranking import reasons_for


def _save(instance):
    instance.full_clean()
    instance.save()
    return instance


@transaction.atomic
def propose(user, vacature: Vacature, inwoner: Inwoner) -> Voordracht:
    day = vandaag()
    if not vacature.is_lopend_op(day):
        raise ValidationError("Deze vacature staat niet (meer) open.")
    if Voordracht.objects.filter(vacature=vacature, inwoner=inwoner).exists():
        raise ValidationError("Deze inwoner is al voorgedragen voor deze vacature.")
    reasons = reasons_for(vacature, inwoner.pk, day)
    if reasons is None:
        raise ValidationError(
            "Deze inwoner is geen kandidaat: alleen inwoners met een lopende uitkering in "
            "arrangement 1 of 2 kunnen worden voorgedragen."
        )
    voordracht = _save(
        Voordracht(
            vacature=vacature,
            inwoner=inwoner,
            status=VoordrachtStatus.VOORGESTELD,
            status_op=day,
            voorgesteld_op=day,
            voorgesteld_door=user.get_username(),
            redenen=[r.as_json() for r in reasons],
        )
    )
    audit.log(user, AuditActie.VOORGEDRAGEN, inwoner.pk, voordracht.pk, {"vacature": vacature.pk})
    return voordracht


@transaction.atomic
def advance(
    user,
    voordracht: Voordracht,
    status: str,
    datum: date,
    soort: str = "",
    reden: str = "",
) -> Voordracht:
    """One step in the pipeline. A conversation registers an ontmoeting with the employer,
    a placement a plaatsing on the vacancy; both need the werkcoach not to object."""
    status = VoordrachtStatus(status)
    if status not in NEXT_STEPS[VoordrachtStatus(voordracht.status)]:
        raise ValidationError(
            f"Van '{voordracht.get_status_display().lower()}' kan de voordracht niet naar "
            f"'{status.label.lower()}'."
        )
    if datum > vandaag():
        raise ValidationError(
            {"datum": "Deze datum ligt in de toekomst; registreer wat gebeurd is."}
        )
    if status != VoordrachtStatus.AFGEWEZEN and voordracht.oordeel == Oordeel.BEZWAAR:
        raise ValidationError(
            "De werkcoach heeft bezwaar gemaakt: bespreek het eerst met de werkcoach, of wijs "
            "de voordracht af."
        )
    werkgever, inwoner = voordracht.vacature.werkgever, voordracht.inwoner
    if status == VoordrachtStatus.GESPREK:
        voordracht.ontmoeting = employer_services.register_ontmoeting(
            user, werkgever, inwoner, datum
        )
    elif status == VoordrachtStatus.GEPLAATST:
        if not soort:
            raise ValidationError({"soort": "Kies de soort plaatsing."})
        voordracht.plaatsing = employer_services.register_plaatsing(
            user, werkgever, inwoner, datum, soort, voordracht.vacature
        )
    elif not reden.strip():
        raise ValidationError({"reden": "Geef de reden van de afwijzing."})
    voordracht.status, voordracht.status_op = status, datum
    voordracht.afwijzing_reden = reden.strip() if status == VoordrachtStatus.AFGEWEZEN else ""
    _save(voordracht)
    audit.log(
        user,
        AuditActie.VOORDRACHT_GEWIJZIGD,
        inwoner.pk,
        voordracht.pk,
        {"vacature": voordracht.vacature_id, "status": status.value},
        reden=voordracht.afwijzing_reden,
    )
    return voordracht


@transaction.atomic
def give_opinion(user, voordracht: Voordracht, oordeel: str, toelichting: str) -> Voordracht:
    oordeel = Oordeel(oordeel)
    if oordeel == Oordeel.OPEN:
        raise ValidationError({"oordeel": "Kies akkoord of bezwaar."})
    if not voordracht.is_open:
        raise ValidationError("Deze voordracht is al afgerond.")
    if oordeel == Oordeel.BEZWAAR and not toelichting.strip():
        raise ValidationError(
            {"toelichting": "Leg uit waarom u bezwaar hebt; de bedrijfsadviseur leest het."}
        )
    voordracht.oordeel, voordracht.oordeel_toelichting = oordeel, toelichting.strip()
    voordracht.oordeel_op, voordracht.oordeel_door = vandaag(), user.get_username()
    _save(voordracht)
    audit.log(
        user,
        AuditActie.VOORDRACHT_OORDEEL,
        voordracht.inwoner_id,
        voordracht.pk,
        {"vacature": voordracht.vacature_id, "oordeel": oordeel.value},
        reden=voordracht.oordeel_toelichting,
    )
    return voordracht


@transaction.atomic
def save_werkwens(
    user, inwoner: Inwoner, uren_min: int, uren_max: int, sectoren: list[str], toelichting: str
) -> Werkwens:
    wens = Werkwens.objects.filter(inwoner=inwoner).first() or Werkwens(inwoner=inwoner)
    if uren_min > uren_max:
        raise ValidationError({"uren_max": "Het maximum is minstens het minimum."})
    wens.uren_min, wens.uren_max = uren_min, uren_max
    wens.sectoren, wens.toelichting, wens.bijgewerkt_op = sorted(sectoren), toelichting, vandaag()
    _save(wens)
    audit.log(user, AuditActie.WERKWENS_GEWIJZIGD, inwoner.pk, wens.pk)
    return wens
