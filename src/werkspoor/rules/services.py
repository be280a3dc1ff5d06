# SPDX-License-Identifier: EUPL-1.2
"""Domain services of the rules app that other apps call: the vrijwilligersvergoeding signal.

The werkcoach's caseload screen calls `vrijwilligersvergoeding_toetsing(ids, peildatum)`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Sum

from werkspoor.core.periods import age_on

from .calculate import check_datum, evaluate
from .models import VrijwilligersvergoedingRegistratie
from .system import tax_benefit_system

GEEN, BIJNA, MAXIMUM, OVERSCHREDEN = "geen", "bijna", "maximum", "overschreden"
_TEKST = {
    BIJNA: "Vrijwilligersvergoeding bijna aan het maximum",
    MAXIMUM: "Vrijwilligersvergoeding op het maximum",
    OVERSCHREDEN: "Vrijwilligersvergoeding boven het maximum: verrekenen",
}


@dataclass(frozen=True)
class VrijwilligersSignaal:
    niveau: str  # bijna, maximum or overschreden
    maand_bedrag: Decimal
    jaar_bedrag: Decimal  # January up to and including the peildatum's month
    max_per_maand: Decimal
    max_per_jaar: Decimal
    te_verrekenen: Decimal  # set off against this month's benefit

    @property
    def tekst(self) -> str:
        return _TEKST[self.niveau]


def _niveau(
    maand: Decimal, jaar: Decimal, max_maand: Decimal, max_jaar: Decimal, drempel, te_verrekenen
) -> str:
    if maand > max_maand or jaar > max_jaar or te_verrekenen > 0:
        return OVERSCHREDEN
    if maand == max_maand or jaar == max_jaar:
        return MAXIMUM
    if maand >= max_maand * drempel or jaar >= max_jaar * drempel:
        return BIJNA
    return GEEN


@dataclass(frozen=True)
class Toetsing:
    """The outcome of checking a group of residents: whom the rules evaluated (those with a
    registration this year: nobody else's data was processed) and the signals among them."""

    getoetst: list[int]
    signalen: dict[int, VrijwilligersSignaal]


def vrijwilligersvergoeding_signalen(
    inwoner_ids, peildatum: date
) -> dict[int, VrijwilligersSignaal]:
    """Signals for the month of `peildatum`, keyed by inwoner id; no key means no signal."""
    return vrijwilligersvergoeding_toetsing(inwoner_ids, peildatum).signalen


def vrijwilligersvergoeding_toetsing(inwoner_ids, peildatum: date) -> Toetsing:
    """Check the residents' registrations for the month of `peildatum`.

    One query for the registrations and one vectorised rules evaluation for all residents.
    """
    check_datum(peildatum)
    maand = peildatum.replace(day=1)
    rows = (
        VrijwilligersvergoedingRegistratie.objects.filter(
            inwoner_id__in=list(inwoner_ids),
            maand__gte=date(peildatum.year, 1, 1),
            maand__lte=maand,
        )
        .values("inwoner_id", "inwoner__geboortedatum", "maand")
        .annotate(bedrag=Sum("bedrag"), kosten=Sum("kosten_aangetoond"))
    )
    per_inwoner = defaultdict(
        lambda: {"dit": Decimal(0), "eerder": Decimal(0), "kosten": Decimal(0)}
    )
    geboren = {}
    for row in rows:
        entry = per_inwoner[row["inwoner_id"]]
        geboren[row["inwoner_id"]] = row["inwoner__geboortedatum"]
        if row["maand"] == maand:
            entry["dit"] += row["bedrag"]
            entry["kosten"] += row["kosten"]
        else:
            entry["eerder"] += row["bedrag"]
    if not per_inwoner:
        return Toetsing([], {})
    ids = list(per_inwoner)
    te_verrekenen = evaluate(
        peildatum,
        len(ids),
        {
            "leeftijd": [age_on(geboren[i], peildatum) for i in ids],
            "vrijwilligersvergoeding": [float(per_inwoner[i]["dit"]) for i in ids],
            "vrijwilligersvergoeding_eerder_dit_jaar": [
                float(per_inwoner[i]["eerder"]) for i in ids
            ],
            "vrijwilligerskosten_aangetoond": [float(per_inwoner[i]["kosten"]) for i in ids],
        },
        ["vrijwilligersvergoeding_te_verrekenen"],
    )["vrijwilligersvergoeding_te_verrekenen"]
    params = tax_benefit_system().parameters(peildatum.isoformat())
    max_maand = Decimal(str(params.participatiewet.vrijwilligersvergoeding.max_per_maand))
    max_jaar = Decimal(str(params.participatiewet.vrijwilligersvergoeding.max_per_jaar))
    drempel = Decimal(str(params.gemeente.vrijwilligersvergoeding.signaal_vanaf))
    signalen = {}
    for inwoner_id, verrekenen in zip(ids, te_verrekenen, strict=True):
        entry = per_inwoner[inwoner_id]
        jaar = entry["dit"] + entry["eerder"]
        verrekenen = Decimal(str(round(float(verrekenen), 2)))
        niveau = _niveau(entry["dit"], jaar, max_maand, max_jaar, drempel, verrekenen)
        if niveau != GEEN:
            signalen[inwoner_id] = VrijwilligersSignaal(
                niveau, entry["dit"], jaar, max_maand, max_jaar, verrekenen
            )
    return Toetsing(ids, signalen)
