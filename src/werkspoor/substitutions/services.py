# SPDX-License-Identifier: EUPL-1.2
"""Setting and ending vervangingen: validated with Dutch messages, saved atomically and
audited (who set which substitution, for which period, why)."""

from __future__ import annotations

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.today import vandaag
from werkspoor.registry.models import Werkcoach
from werkspoor.registry.services import running_on

from .models import Vervanging

# A longer absence is a new division of the caseload (herverdelen), not a substitution.
MAX_DURATION = timedelta(days=366)


def substitutes(coach: Werkcoach, afwezige_id: int, day: date) -> bool:
    """Does `coach` stand in for werkcoach `afwezige_id` on `day`?"""
    return Vervanging.objects.filter(
        running_on(day), vervanger=coach, afwezige_id=afwezige_id
    ).exists()


def running_for(coach: Werkcoach, day: date) -> list[Vervanging]:
    """The substitutions `coach` does on `day`, with the absent colleague."""
    return list(
        Vervanging.objects.filter(running_on(day), vervanger=coach)
        .select_related("afwezige")
        .order_by("afwezige__naam")
    )


def of_teams(team_ids: list[int]):
    """Every substitution in which the absent werkcoach belongs to one of the teams."""
    return Vervanging.objects.filter(afwezige__team_id__in=team_ids).select_related(
        "vervanger", "afwezige", "ingesteld_door"
    )


def _detail(vervanging: Vervanging) -> dict:
    return {
        "vervanger": vervanging.vervanger_id,
        "afwezige": vervanging.afwezige_id,
        "startdatum": vervanging.startdatum.isoformat(),
        "einddatum": vervanging.einddatum.isoformat(),
    }


@transaction.atomic
def set_vervanging(
    user,
    vervanger: Werkcoach,
    afwezige: Werkcoach,
    startdatum: date,
    einddatum: date,
    reden: str,
    team_ids: list[int],
) -> Vervanging:
    errors = {}
    if vervanger.team_id not in team_ids:
        errors["vervanger"] = "Kies een werkcoach uit uw team."
    if afwezige.team_id not in team_ids:
        errors["afwezige"] = "Kies een werkcoach uit uw team."
    elif afwezige.pk == vervanger.pk:
        errors["afwezige"] = "Een werkcoach kan zichzelf niet vervangen."
    if einddatum <= startdatum:
        errors["einddatum"] = "De einddatum moet na de startdatum liggen (de eerste dag zonder)."
    elif einddatum - startdatum > MAX_DURATION:
        errors["einddatum"] = (
            "Een vervanging duurt hoogstens een jaar; wijs de inwoners anders opnieuw toe."
        )
    elif einddatum <= vandaag():
        errors["einddatum"] = "Deze periode is al voorbij; kies een einddatum na vandaag."
    if not reden.strip():
        errors["reden"] = "Geef de reden, bijvoorbeeld verlof of ziekte."
    if errors:
        raise ValidationError(errors)
    overlap = Vervanging.objects.filter(
        vervanger=vervanger, afwezige=afwezige, startdatum__lt=einddatum, einddatum__gt=startdatum
    )
    if overlap.exists():
        raise ValidationError(
            {"startdatum": "Deze vervanging overlapt met een vervanging die er al is."}
        )
    vervanging = Vervanging.objects.create(
        vervanger=vervanger,
        afwezige=afwezige,
        startdatum=startdatum,
        einddatum=einddatum,
        reden=reden.strip(),
        ingesteld_door=user,
    )
    audit.log(
        user,
        AuditActie.VERVANGING_INGESTELD,
        object_id=vervanging.pk,
        detail=_detail(vervanging),
        reden=vervanging.reden,
    )
    return vervanging


@transaction.atomic
def end_vervanging(user, vervanging: Vervanging, per: date) -> Vervanging | None:
    """End per `per` (the first day without); one that has not started yet is withdrawn.
    Returns the shortened substitution, or None when it was withdrawn."""
    if vervanging.einddatum <= per:
        raise ValidationError("Deze vervanging is op die dag al voorbij.")
    detail, pk = _detail(vervanging), vervanging.pk
    if per <= vervanging.startdatum:
        vervanging.delete()
        audit.log(
            user,
            AuditActie.VERVANGING_BEEINDIGD,
            object_id=pk,
            detail={**detail, "ingetrokken": True},
        )
        return None
    vervanging.einddatum = per
    vervanging.save(update_fields=["einddatum"])
    audit.log(
        user,
        AuditActie.VERVANGING_BEEINDIGD,
        object_id=vervanging.pk,
        detail={**detail, "beeindigd_per": per.isoformat()},
    )
    return vervanging
