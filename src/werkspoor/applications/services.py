# SPDX-License-Identifier: EUPL-1.2
"""The application process as domain services: the consulent's werkvoorraad and the steps
register, suspend and decide. Every step validates, writes in one transaction and is
audit-logged; errors are Dutch ValidationErrors naming the field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch, Q

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.registry.models import Inwoner, Uitkering

from .choices import UITKERING_REGELINGEN, Besluit
from .models import Aanvraag, Opschorting
from .termijnen import termijn

SIGNAAL_DAGEN = 7  # a signal when this many days or fewer are left


def granting_problem(aanvraag, inwoner_id: int | None, regeling: str) -> str | None:
    """Why `aanvraag` cannot be the application that granted a benefit of this resident
    and regeling, or None. `aanvraag` needs inwoner_id, regeling and besluit."""
    if aanvraag.besluit != Besluit.TOEKENNING:
        return "De aanvraag die de uitkering toekende, heeft als besluit een toekenning."
    if inwoner_id is not None and aanvraag.inwoner_id != inwoner_id:
        return "De aanvraag is van een andere inwoner dan de uitkering."
    if aanvraag.regeling != regeling:
        return f"De aanvraag is voor {aanvraag.regeling}, de uitkering voor {regeling}."
    return None


# --- the werkvoorraad --------------------------------------------------------------------


@dataclass(frozen=True)
class WerkvoorraadRij:
    aanvraag: Aanvraag
    opschorting_dagen: int  # closed suspensions plus a running one up to today
    opgeschort_sinds: date | None  # a suspension that is still running
    uiterste_datum: date
    dagen_over: int

    @property
    def te_laat(self) -> bool:
        return self.dagen_over < 0

    @property
    def signaal(self) -> str:
        if self.te_laat:
            return "te_laat"
        if self.dagen_over <= SIGNAAL_DAGEN:
            return "bijna"
        return ""

    @property
    def signaal_tekst(self) -> str:
        if self.te_laat:
            days = -self.dagen_over
            return f"Termijn {days} {'dag' if days == 1 else 'dagen'} verstreken"
        if self.signaal == "bijna":
            return "Nog 7 dagen of minder"
        return ""


def running_suspension(aanvraag: Aanvraag) -> Opschorting | None:
    return next((o for o in aanvraag.opschortingen.all() if o.tot is None), None)


def suspended_days(aanvraag: Aanvraag, today: date) -> int:
    """The stored total of closed suspensions plus the days of a running one so far."""
    running = running_suspension(aanvraag)
    extra = max(0, (today - running.vanaf).days) if running else 0
    return aanvraag.opschorting_dagen + extra


def werkvoorraad_rij(aanvraag: Aanvraag, today: date) -> WerkvoorraadRij:
    dagen = suspended_days(aanvraag, today)
    running = running_suspension(aanvraag)
    uiterste = termijn(aanvraag.regeling, aanvraag.aanvraagdatum).uiterste_datum(
        aanvraag.aanvraagdatum, dagen
    )
    return WerkvoorraadRij(
        aanvraag, dagen, running.vanaf if running else None, uiterste, (uiterste - today).days
    )


def open_aanvragen():
    return (
        Aanvraag.objects.filter(besluit="")
        .select_related("inwoner")
        .prefetch_related(Prefetch("opschortingen", queryset=Opschorting.objects.order_by("vanaf")))
    )


def werkvoorraad(today: date, regeling: str = "", signaal: str = "") -> list[WerkvoorraadRij]:
    """Open applications received up to today, the nearest deadline first."""
    queryset = open_aanvragen().filter(aanvraagdatum__lte=today)
    if regeling:
        queryset = queryset.filter(regeling=regeling)
    rows = [werkvoorraad_rij(aanvraag, today) for aanvraag in queryset]
    if signaal:
        rows = [row for row in rows if row.signaal == signaal]
    return sorted(rows, key=lambda r: (r.uiterste_datum, r.aanvraag.aanvraagdatum, r.aanvraag.pk))


# --- register, suspend, decide -----------------------------------------------------------


def _save(instance):
    instance.full_clean()
    instance.save()
    return instance


@transaction.atomic
def register_aanvrager(user, **fields) -> Inwoner:
    """A resident who applies for the first time (not yet in the registry)."""
    inwoner = _save(Inwoner(**fields))
    audit.log(user, AuditActie.AANVRAGER_GEREGISTREERD, inwoner.pk)
    return inwoner


@transaction.atomic
def register_aanvraag(
    user, inwoner: Inwoner, regeling: str, aanvraagdatum: date, meldingsdatum: date | None
) -> Aanvraag:
    if regeling in UITKERING_REGELINGEN:
        pending = Aanvraag.objects.filter(inwoner=inwoner, regeling=regeling, besluit="")
        if pending.exists():
            raise ValidationError(
                {"regeling": "Deze inwoner heeft voor deze regeling al een openstaande aanvraag."}
            )
    aanvraag = _save(
        Aanvraag(
            inwoner=inwoner,
            regeling=regeling,
            aanvraagdatum=aanvraagdatum,
            meldingsdatum=meldingsdatum,
        )
    )
    audit.log(
        user,
        AuditActie.AANVRAAG_GEREGISTREERD,
        inwoner.pk,
        aanvraag.pk,
        detail={"regeling": regeling, "aanvraagdatum": aanvraagdatum.isoformat()},
    )
    return aanvraag


def _require_open(aanvraag: Aanvraag) -> None:
    if not aanvraag.is_open:
        raise ValidationError("Op deze aanvraag is al besloten; er valt niets meer te wijzigen.")


@transaction.atomic
def register_opschorting(
    user, aanvraag: Aanvraag, vanaf: date, tot: date | None, reden: str
) -> Opschorting:
    """A suspension [vanaf, tot); without `tot` it runs until the documents arrive."""
    aanvraag = Aanvraag.objects.select_for_update().get(pk=aanvraag.pk)
    _require_open(aanvraag)
    if vanaf < aanvraag.aanvraagdatum:
        raise ValidationError({"vanaf": "Een opschorting begint niet vóór de aanvraagdatum."})
    if tot is not None and tot <= vanaf:
        raise ValidationError({"tot": "Het einde van de opschorting ligt na het begin."})
    clash = aanvraag.opschortingen.filter(Q(tot__isnull=True) | Q(tot__gt=vanaf))
    if tot is not None:
        clash = clash.filter(vanaf__lt=tot)
    if clash.exists():
        raise ValidationError(
            {"vanaf": "Deze opschorting overlapt met een eerdere; beëindig die eerst."}
        )
    opschorting = Opschorting(aanvraag=aanvraag, vanaf=vanaf, tot=tot)
    if reden:
        opschorting.reden = reden
    _save(opschorting)
    if tot is not None:
        aanvraag.opschorting_dagen += (tot - vanaf).days
        aanvraag.save(update_fields=["opschorting_dagen"])
    audit.log(
        user,
        AuditActie.OPSCHORTING_GEREGISTREERD,
        aanvraag.inwoner_id,
        aanvraag.pk,
        detail={"vanaf": vanaf.isoformat(), "tot": tot.isoformat() if tot else None},
    )
    return opschorting


def _close(aanvraag: Aanvraag, opschorting: Opschorting, tot: date) -> None:
    if tot <= opschorting.vanaf:
        raise ValidationError({"tot": "Het einde van de opschorting ligt na het begin."})
    opschorting.tot = tot
    opschorting.save(update_fields=["tot"])
    aanvraag.opschorting_dagen += (tot - opschorting.vanaf).days
    aanvraag.save(update_fields=["opschorting_dagen"])


@transaction.atomic
def end_opschorting(user, aanvraag: Aanvraag, tot: date) -> None:
    """The documents arrived on `tot`: the term runs again from that day."""
    aanvraag = Aanvraag.objects.select_for_update().get(pk=aanvraag.pk)
    _require_open(aanvraag)
    running = aanvraag.opschortingen.filter(tot__isnull=True).first()
    if running is None:
        raise ValidationError("Deze aanvraag is niet opgeschort.")
    _close(aanvraag, running, tot)
    audit.log(
        user,
        AuditActie.OPSCHORTING_BEEINDIGD,
        aanvraag.inwoner_id,
        aanvraag.pk,
        detail={"tot": tot.isoformat()},
    )


@transaction.atomic
def record_besluit(
    user,
    aanvraag: Aanvraag,
    besluit: str,
    besluitdatum: date,
    reden_afwijzing: str = "",
    startdatum: date | None = None,
) -> Uitkering | None:
    """Decide; a toekenning of a benefit starts the uitkering (from `startdatum`, by
    default the day of melding). Returns the new uitkering, if any."""
    aanvraag = Aanvraag.objects.select_for_update().get(pk=aanvraag.pk)
    _require_open(aanvraag)
    if besluitdatum < aanvraag.aanvraagdatum:
        raise ValidationError({"besluitdatum": "De besluitdatum ligt niet vóór de aanvraagdatum."})
    if besluit == Besluit.AFWIJZING and not reden_afwijzing:
        raise ValidationError({"reden_afwijzing": "Kies de reden van de afwijzing."})
    running = aanvraag.opschortingen.filter(tot__isnull=True).first()
    if running is not None:
        if besluitdatum <= running.vanaf:
            raise ValidationError(
                {"besluitdatum": "De besluitdatum ligt na het begin van de lopende opschorting."}
            )
        _close(aanvraag, running, besluitdatum)
    aanvraag.besluit = besluit
    aanvraag.besluitdatum = besluitdatum
    aanvraag.reden_afwijzing = reden_afwijzing if besluit == Besluit.AFWIJZING else ""
    _save(aanvraag)
    uitkering = None
    if besluit == Besluit.TOEKENNING and aanvraag.regeling in UITKERING_REGELINGEN:
        uitkering = _save(
            Uitkering(
                inwoner=aanvraag.inwoner,
                regeling=aanvraag.regeling,
                startdatum=startdatum or aanvraag.ingangsdatum,
                aanvraag=aanvraag,
            )
        )
    audit.log(
        user,
        AuditActie.BESLUIT_GEREGISTREERD,
        aanvraag.inwoner_id,
        aanvraag.pk,
        detail={
            "besluit": besluit,
            "besluitdatum": besluitdatum.isoformat(),
            "reden_afwijzing": aanvraag.reden_afwijzing,
            "uitkering": uitkering.pk if uitkering else None,
        },
    )
    return uitkering
