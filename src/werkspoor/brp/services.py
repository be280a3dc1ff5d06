# SPDX-License-Identifier: EUPL-1.2
"""Checking a resident against the BRP: compare each value Werkspoor keeps with the BRP's,
fill what is empty, record every difference for a person to decide, and apply only what
that person chooses. Each step is in the audit log."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.utils import timezone

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.periods import age_on
from werkspoor.core.today import vandaag
from werkspoor.logbook.services import verwerking
from werkspoor.registry.choices import Huishoudtype
from werkspoor.registry.models import KIND_MAX_LEEFTIJD, Inwoner, Kind

from . import client
from .client import BrpFout, Persoon
from .models import BrpGegeven, Status, Veld

ADDRESS_FIELDS = ("straat", "huisnummer", "postcode", "woonplaats")
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Vergelijking:
    veld: str
    werkspoor: str
    brp: str
    brp_data: dict = field(default_factory=dict)
    toepasbaar: bool = True  # the BRP value is complete enough to take over

    @property
    def gelijk(self) -> bool:
        return _normal(self.werkspoor) == _normal(self.brp)

    @property
    def leeg(self) -> bool:
        return not self.werkspoor.strip()


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def registry_has_address() -> bool:
    """Whether the registry keeps an address (the dossier's contact details)."""
    names = {f.name for f in Inwoner._meta.get_fields()}
    return set(ADDRESS_FIELDS) <= names


def _minor_births(births, day: date) -> list[date]:
    return sorted(
        b for b in births if b is not None and b <= day and age_on(b, day) < KIND_MAX_LEEFTIJD
    )


def _household(persoon: Persoon, minors: list[date]) -> str:
    if persoon.partner_bsns:
        return Huishoudtype.GEHUWDEN
    return Huishoudtype.ALLEENSTAANDE_OUDER if minors else Huishoudtype.ALLEENSTAANDE


def vergelijk(inwoner: Inwoner, persoon: Persoon, day: date) -> list[Vergelijking]:
    voornaam = inwoner.voornaam
    first_name = persoon.voornamen.split()[0] if persoon.voornamen else ""
    if _normal(voornaam) == _normal(first_name):  # a first name as roepnaam is no difference
        voornaam = persoon.voornamen
    comparisons = [
        Vergelijking(Veld.VOORNAAM, voornaam, persoon.voornamen, {"waarde": persoon.voornamen}),
        Vergelijking(
            Veld.ACHTERNAAM, inwoner.achternaam, persoon.achternaam, {"waarde": persoon.achternaam}
        ),
    ]
    geboorte = persoon.geboortedatum
    if geboorte is not None:
        comparisons.append(
            Vergelijking(
                Veld.GEBOORTEDATUM,
                inwoner.geboortedatum.isoformat(),
                geboorte.datum.isoformat() if geboorte.datum else geboorte.tekst,
                {"waarde": geboorte.datum.isoformat()} if geboorte.datum else {},
                toepasbaar=geboorte.datum is not None,
            )
        )
    if persoon.adres is not None:
        brp_adres = {name: getattr(persoon.adres, name) for name in ADDRESS_FIELDS}
        if registry_has_address():
            ours = ", ".join(
                p
                for p in (
                    f"{inwoner.straat} {inwoner.huisnummer}".strip(),
                    f"{inwoner.postcode} {inwoner.woonplaats}".strip(),
                )
                if p
            )
            comparisons.append(Vergelijking(Veld.ADRES, ours, str(persoon.adres), brp_adres))
        else:
            comparisons.append(
                Vergelijking(Veld.ADRES, "", str(persoon.adres), brp_adres, toepasbaar=False)
            )
    ours_minors = _minor_births([k.geboortedatum for k in inwoner.kinderen.all()], day)
    brp_minors = _minor_births([k.datum for k in persoon.kinderen if k], day)
    unknown = [k for k in persoon.kinderen if k is None or k.datum is None]
    comparisons.append(
        Vergelijking(
            Veld.KINDEREN,
            ", ".join(d.isoformat() for d in ours_minors) or "geen",
            ", ".join(d.isoformat() for d in brp_minors) or "geen",
            {"geboortedata": [d.isoformat() for d in brp_minors]},
            toepasbaar=not unknown,
        )
    )
    household = _household(persoon, brp_minors)
    comparisons.append(
        Vergelijking(
            Veld.HUISHOUDEN,
            Huishoudtype(inwoner.huishoudtype).label,
            Huishoudtype(household).label,
            {"waarde": str(household)},
        )
    )
    return comparisons


def _apply(inwoner: Inwoner, veld: str, data: dict) -> None:
    if veld == Veld.VOORNAAM:
        inwoner.voornaam = data["waarde"]
    elif veld == Veld.ACHTERNAAM:
        inwoner.achternaam = data["waarde"]
    elif veld == Veld.GEBOORTEDATUM:
        inwoner.geboortedatum = date.fromisoformat(data["waarde"])
    elif veld == Veld.ADRES:
        for name in ADDRESS_FIELDS:
            setattr(inwoner, name, data[name])
    elif veld == Veld.HUISHOUDEN:
        inwoner.huishoudtype = data["waarde"]
    elif veld == Veld.KINDEREN:
        day = vandaag()
        for kind in inwoner.kinderen.all():
            if kind.geboortedatum > day or age_on(kind.geboortedatum, day) < KIND_MAX_LEEFTIJD:
                kind.delete()
        for born in data["geboortedata"]:
            Kind.objects.create(inwoner=inwoner, geboortedatum=date.fromisoformat(born))
        return
    inwoner.full_clean()
    inwoner.save()


def _status(comparison: Vergelijking, earlier: BrpGegeven | None) -> str:
    if comparison.gelijk:
        return Status.GELIJK
    if comparison.leeg:
        return Status.AANGEVULD if comparison.toepasbaar else Status.ALLEEN_BRP
    kept = earlier is not None and earlier.status == Status.BEHOUDEN
    if kept and earlier.brp_waarde == comparison.brp:
        return Status.BEHOUDEN  # decided before for this same BRP value: not asked again
    return Status.VERSCHIL


def controleer(inwoner: Inwoner, user) -> list[BrpGegeven]:
    """Ask the BRP, fill empty values, record differences. Raises BrpUit or BrpFout."""
    if not inwoner.bsn:
        raise BrpFout("Deze inwoner heeft geen BSN; de BRP is alleen met een BSN te raadplegen.")
    with verwerking("brp-raadplegen", "BRP Personen Bevragen", [inwoner], eigen_span=True):
        persoon = client.raadpleeg(inwoner.bsn)
    if persoon is None:
        audit.log(user, AuditActie.BRP_GERAADPLEEGD, inwoner.pk, detail={"gevonden": False})
        raise BrpFout("De BRP kent dit BSN niet. Controleer het BSN van de inwoner.")
    return _record(inwoner, persoon, user)


def check_with_brp(inwoner: Inwoner, user) -> list[BrpGegeven]:
    """At registration: check when the link is on and there is a BSN; a BRP that cannot be
    reached does not stop the registration (the failure is logged; check again later)."""
    if not (client.configured() and inwoner.bsn):
        return []
    try:
        return controleer(inwoner, user)
    except BrpFout as error:
        logger.warning("BRP-controle bij registratie van inwoner %s mislukt: %s", inwoner.pk, error)
        return []


@transaction.atomic
def _record(inwoner: Inwoner, persoon: Persoon, user) -> list[BrpGegeven]:
    now = timezone.now()
    earlier = {g.veld: g for g in inwoner.brp_gegevens.all()}
    records = []
    for comparison in vergelijk(inwoner, persoon, vandaag()):
        status = _status(comparison, earlier.get(comparison.veld))
        if status == Status.AANGEVULD:
            _apply(inwoner, comparison.veld, comparison.brp_data)
        record, _ = BrpGegeven.objects.update_or_create(
            inwoner=inwoner,
            veld=comparison.veld,
            defaults={
                "brp_waarde": comparison.brp[:300],
                "werkspoor_waarde": comparison.werkspoor[:300],
                "brp_data": comparison.brp_data if comparison.toepasbaar else {},
                "status": status,
                "opgehaald_op": now,
                "afgehandeld_op": now if status == Status.AANGEVULD else None,
                "afgehandeld_door": "",
            },
        )
        records.append(record)
    audit.log(
        user,
        AuditActie.BRP_GERAADPLEEGD,
        inwoner.pk,
        detail={
            "gevonden": True,
            "verschillen": [r.veld for r in records if r.status == Status.VERSCHIL],
            "aangevuld": [r.veld for r in records if r.status == Status.AANGEVULD],
        },
    )
    return records


@transaction.atomic
def beslis(inwoner: Inwoner, overnemen: list[str], behouden: list[str], user) -> None:
    """Take over the chosen differences and keep Werkspoor's value for the others chosen."""
    now = timezone.now()
    open_rows = {g.veld: g for g in inwoner.brp_gegevens.filter(status=Status.VERSCHIL)}
    taken = [v for v in overnemen if v in open_rows and open_rows[v].brp_data]
    kept = [v for v in behouden if v in open_rows and v not in taken]
    for veld in taken:
        _apply(inwoner, veld, open_rows[veld].brp_data)
    for veld, status in [(v, Status.OVERGENOMEN) for v in taken] + [
        (v, Status.BEHOUDEN) for v in kept
    ]:
        row = open_rows[veld]
        row.status, row.afgehandeld_op = status, now
        row.afgehandeld_door = user.get_username() if user is not None else ""
        if status == Status.OVERGENOMEN:
            row.werkspoor_waarde = row.brp_waarde  # what Werkspoor holds now
        fields = ["status", "afgehandeld_op", "afgehandeld_door", "werkspoor_waarde"]
        row.save(update_fields=fields)
    if taken:
        audit.log(user, AuditActie.BRP_OVERGENOMEN, inwoner.pk, detail={"velden": taken})
    if kept:
        audit.log(user, AuditActie.BRP_BEHOUDEN, inwoner.pk, detail={"velden": kept})


def herkomst(inwoner: Inwoner) -> dict[str, BrpGegeven]:
    """Per field, what the last BRP check said (source and date of the value)."""
    return {g.veld: g for g in inwoner.brp_gegevens.all()}
