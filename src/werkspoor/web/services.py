# SPDX-License-Identifier: EUPL-1.2
"""Registry actions of the workspace: each validates with Dutch messages, saves atomically
and writes an audit record. Views only collect input and show the outcome.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.today import vandaag
from werkspoor.registry import limits
from werkspoor.registry.choices import DoelStatus, Instrument
from werkspoor.registry.models import (
    ArrangementPeriode,
    Contactmoment,
    Doel,
    Inwoner,
    Toewijzing,
    Traject,
    Werkcoach,
)
from werkspoor.registry.services import running_on

from .access import own_werkcoach


def _save(instance):
    instance.full_clean()
    instance.save()
    return instance


def not_in_future(day: date, field: str) -> None:
    if day > vandaag():
        raise ValidationError({field: "Deze datum ligt in de toekomst; registreer wat gebeurd is."})


@transaction.atomic
def register_contact(
    user, inwoner: Inwoner, datum: date, kanaal: str, notitie: str = ""
) -> Contactmoment:
    not_in_future(datum, "datum")
    contact = _save(
        Contactmoment(
            inwoner=inwoner,
            werkcoach=own_werkcoach(user),
            datum=datum,
            kanaal=kanaal,
            notitie=notitie,
        )
    )
    audit.log(user, AuditActie.CONTACT_GEREGISTREERD, inwoner.pk, contact.pk, {"kanaal": kanaal})
    return contact


def duplicate_goal_warning(inwoner_id: int, soort: str) -> str:
    """A warning when the resident already has an active goal of this kind ('' if not)."""
    existing = (
        Doel.objects.filter(inwoner_id=inwoner_id, soort=soort, status=DoelStatus.ACTIEF)
        .order_by("startdatum")
        .first()
    )
    if existing is None:
        return ""
    return (
        f"Er is al een actief doel '{existing.get_soort_display().lower()}' "
        f"(sinds {existing.startdatum:%d-%m-%Y}"
        + (f": {existing.omschrijving}" if existing.omschrijving else "")
        + "). Vink 'Toch toevoegen' aan als het echt een tweede doel is."
    )


@transaction.atomic
def add_goal(
    user,
    inwoner: Inwoner,
    soort: str,
    startdatum: date,
    omschrijving: str = "",
    dubbel_bevestigd: bool = False,
) -> Doel:
    """Add an active goal; a second active goal of the same kind needs `dubbel_bevestigd`."""
    warning = duplicate_goal_warning(inwoner.pk, soort)
    if warning and not dubbel_bevestigd:
        raise ValidationError({"soort": warning}, code="dubbel_doel")
    doel = _save(
        Doel(
            inwoner=inwoner,
            soort=soort,
            omschrijving=omschrijving,
            startdatum=startdatum,
            status=DoelStatus.ACTIEF,
            statusdatum=startdatum,
        )
    )
    detail = {"soort": soort, **({"dubbel_bevestigd": True} if warning else {})}
    audit.log(user, AuditActie.DOEL_TOEGEVOEGD, inwoner.pk, doel.pk, detail)
    return doel


@transaction.atomic
def close_goal(user, doel: Doel, status: str, statusdatum: date) -> Doel:
    if doel.status != DoelStatus.ACTIEF:
        raise ValidationError("Dit doel is al afgesloten; een doel gaat niet opnieuw open.")
    if status == DoelStatus.ACTIEF:
        raise ValidationError({"status": "Kies behaald of gestopt."})
    if statusdatum <= doel.startdatum:
        raise ValidationError(
            {
                "statusdatum": "De datum moet na de startdatum van het doel "
                f"({doel.startdatum:%d-%m-%Y}) liggen."
            }
        )
    not_in_future(statusdatum, "statusdatum")
    doel.status, doel.statusdatum = status, statusdatum
    _save(doel)
    audit.log(user, AuditActie.DOEL_AFGESLOTEN, doel.inwoner_id, doel.pk, {"status": status})
    return doel


def check_werken_met_behoud(inwoner: Inwoner, startdatum: date, einddatum: date | None) -> None:
    uiterst = limits.werken_met_behoud_uiterste_einddatum(inwoner.geboortedatum, startdatum)
    months = limits.werken_met_behoud_max_months(inwoner.geboortedatum, startdatum)
    if einddatum is None:
        raise ValidationError(
            {
                "einddatum": f"Werken met behoud van uitkering duurt maximaal {months} maanden: "
                f"vul een einddatum in (uiterlijk {uiterst:%d-%m-%Y})."
            }
        )
    if einddatum > uiterst:
        wie = "voor deze inwoner (jonger dan 27)" if months < 24 else ""
        raise ValidationError(
            {
                "einddatum": f"Werken met behoud van uitkering mag {wie} "
                f"maximaal {months} maanden duren: "
                f"de einddatum is uiterlijk {uiterst:%d-%m-%Y}.".replace("  ", " ")
            }
        )


@transaction.atomic
def start_traject(
    user,
    inwoner: Inwoner,
    instrument: str,
    startdatum: date,
    einddatum: date | None = None,
    loonwaarde: int | None = None,
) -> Traject:
    if instrument == Instrument.LOONKOSTENSUBSIDIE and loonwaarde is None:
        raise ValidationError(
            {"loonwaarde": "Loonkostensubsidie vraagt om een vastgestelde loonwaarde (0-100%)."}
        )
    if instrument == Instrument.WERKEN_MET_BEHOUD:
        check_werken_met_behoud(inwoner, startdatum, einddatum)
    traject = _save(
        Traject(
            inwoner=inwoner,
            instrument=instrument,
            startdatum=startdatum,
            einddatum=einddatum,
            loonwaarde=loonwaarde,
        )
    )
    audit.log(user, AuditActie.TRAJECT_GESTART, inwoner.pk, traject.pk, {"instrument": instrument})
    return traject


@transaction.atomic
def stop_traject(user, traject: Traject, einddatum: date, resultaat: str) -> Traject:
    if einddatum <= traject.startdatum:
        raise ValidationError(
            {
                "einddatum": "De einddatum moet na de startdatum "
                f"({traject.startdatum:%d-%m-%Y}) liggen."
            }
        )
    if traject.instrument == Instrument.WERKEN_MET_BEHOUD:
        check_werken_met_behoud(traject.inwoner, traject.startdatum, einddatum)
    traject.einddatum, traject.resultaat = einddatum, resultaat
    _save(traject)
    audit.log(
        user, AuditActie.TRAJECT_GESTOPT, traject.inwoner_id, traject.pk, {"resultaat": resultaat}
    )
    return traject


@transaction.atomic
def change_arrangement(
    user, inwoner: Inwoner, arrangement: int, ingangsdatum: date, reden: str
) -> ArrangementPeriode:
    if not reden.strip():
        raise ValidationError({"reden": "Geef de reden voor het nieuwe arrangement."})
    current = ArrangementPeriode.objects.filter(inwoner=inwoner, einddatum__isnull=True).first()
    if current is not None:
        if current.arrangement == arrangement:
            raise ValidationError({"arrangement": "De inwoner zit al in dit arrangement."})
        if ingangsdatum <= current.startdatum:
            raise ValidationError(
                {
                    "ingangsdatum": f"De ingangsdatum moet na de start van het huidige arrangement "
                    f"({current.startdatum:%d-%m-%Y}) liggen."
                }
            )
        current.einddatum = ingangsdatum
        _save(current)
    new = _save(
        ArrangementPeriode(
            inwoner=inwoner, arrangement=arrangement, startdatum=ingangsdatum, reden=reden
        )
    )
    audit.log(
        user,
        AuditActie.ARRANGEMENT_GEWIJZIGD,
        inwoner.pk,
        new.pk,
        {"van": current.arrangement if current else None, "naar": arrangement},
        reden=reden,
    )
    return new


@transaction.atomic
def reassign(user, inwoner: Inwoner, werkcoach: Werkcoach, ingangsdatum: date) -> Toewijzing:
    """End the current assignment per `ingangsdatum` and start one with `werkcoach`; the
    history is kept."""
    current = Toewijzing.objects.filter(running_on(ingangsdatum), inwoner=inwoner).first()
    if current is not None:
        if current.werkcoach_id == werkcoach.pk:
            raise ValidationError(
                {"werkcoach": "Deze inwoner is al aan deze werkcoach toegewezen."}
            )
        if ingangsdatum <= current.startdatum:
            raise ValidationError(
                {
                    "ingangsdatum": f"De ingangsdatum moet na de start van de huidige toewijzing "
                    f"({current.startdatum:%d-%m-%Y}) liggen."
                }
            )
        later_end = current.einddatum
        current.einddatum = ingangsdatum
        _save(current)
    else:
        later_end = None
    new = _save(
        Toewijzing(
            inwoner=inwoner, werkcoach=werkcoach, startdatum=ingangsdatum, einddatum=later_end
        )
    )
    audit.log(
        user,
        AuditActie.HERTOEGEWEZEN,
        inwoner.pk,
        new.pk,
        {
            "van_werkcoach": current.werkcoach_id if current else None,
            "naar_werkcoach": werkcoach.pk,
        },
    )
    return new
