# SPDX-License-Identifier: EUPL-1.2
"""The resident's calculator: month by month what Werk en Inkomen pays when work starts,
which vrijlating applies until when, and which schemes are kept or lost.

One function, `bereken`, serves the public page and the JSON API alike.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from .calculate import Situatie, check_bedrag, check_datum, datum_tekst, evaluate, round2
from .errors import RegelInvoerFout
from .regelingen import Omstandigheden, regelingencheck
from .system import parameter_range, tax_benefit_system

MAANDEN = 12
_UITVOER = [
    "bijstandsnorm",
    "jongerentoeslag",
    "inkomstenvrijlating",
    "vrijlating_soort",
    "uitkering",
]
VRIJLATING_TEKST = {
    "geen": "geen vrijlating",
    "algemeen": "25% van uw loon mag u houden",
    "alleenstaande_ouder": "12,5% van uw loon mag u houden (alleenstaande ouder)",
    "medisch_urenbeperkt": "15% van uw loon mag u houden (medische urenbeperking)",
}


@dataclass(frozen=True)
class Aanvraag:
    situatie: Situatie
    startmaand: date
    netto_loon: float
    uren_per_week: float = 0
    student: bool = False
    maanden_laag_inkomen: int | None = None  # None: unknown (the resident did not say)


def plus_maanden(day: date, n: int) -> date:
    index = day.year * 12 + day.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def maanden_tussen(van: date, tot: date) -> int:
    """Whole months from `van` to `tot` (2022-01-15 to 2025-01-14: 35; to 2025-01-15: 36)."""
    maanden = (tot.year - van.year) * 12 + tot.month - van.month
    return max(0, maanden - (1 if tot.day < van.day else 0))


def _maand(aanvraag: Aanvraag, datum: date, volgnummer: int, loon: float) -> dict:
    inputs = {
        **aanvraag.situatie.inputs(),
        "netto_inkomsten": loon,
        "maand_vrijlating": volgnummer if loon > 0 else 0,
    }
    r = {k: v[0] for k, v in evaluate(datum, 1, inputs, _UITVOER).items()}
    uitkering, toeslag = round2(r["uitkering"]), round2(r["jongerentoeslag"])
    return {
        "maand": datum.isoformat(),
        "maand_tekst": datum_tekst(datum)[2:] if datum.day == 1 else datum_tekst(datum),
        "norm": round2(r["bijstandsnorm"]),
        "loon": round2(loon),
        "vrijlating": round2(r["inkomstenvrijlating"]),
        "vrijlating_soort": str(r["vrijlating_soort"]),
        "vrijlating_tekst": VRIJLATING_TEKST[str(r["vrijlating_soort"])],
        "uitkering": uitkering,
        "jongerentoeslag": toeslag,
        "totaal": round2(uitkering + toeslag + loon),
    }


def _regelingen(aanvraag: Aanvraag, datum: date, inkomen: float, norm: float) -> list[dict]:
    omstandigheden = Omstandigheden(
        inkomen=inkomen,
        norm=norm,
        leeftijd=aanvraag.situatie.leeftijd,
        student=aanvraag.student,
        medische_beperking=aanvraag.situatie.medisch_urenbeperkt,
        maanden_laag_inkomen=aanvraag.maanden_laag_inkomen,
    )
    return [asdict(u) for u in regelingencheck(tax_benefit_system(), datum, omstandigheden)]


def _validate(aanvraag: Aanvraag) -> None:
    check_datum(aanvraag.startmaand)
    aanvraag.situatie.validate()
    check_bedrag("netto loon", aanvraag.netto_loon)
    if aanvraag.uren_per_week < 0 or aanvraag.uren_per_week > 7 * 24:
        raise RegelInvoerFout("Het aantal uren per week ligt tussen 0 en 168.")


def bereken(aanvraag: Aanvraag) -> dict:
    """The whole calculation for one household, as a JSON-ready dict."""
    _validate(aanvraag)
    start = aanvraag.startmaand.replace(day=1)
    einde = parameter_range().end
    maanden = [d for d in (plus_maanden(start, i) for i in range(MAANDEN)) if d < einde]
    met_werk = [_maand(aanvraag, d, i + 1, aanvraag.netto_loon) for i, d in enumerate(maanden)]
    zonder_werk = _maand(aanvraag, start, 0, 0.0)
    eerste = met_werk[0]
    algemeen = [m for m in met_werk if m["vrijlating_soort"] == "algemeen"]
    regelingen_zonder = _regelingen(aanvraag, start, zonder_werk["totaal"], zonder_werk["norm"])
    regelingen_met = _regelingen(aanvraag, start, eerste["totaal"], eerste["norm"])
    return {
        "startmaand": start.isoformat(),
        "huishouden": aanvraag.situatie.huishoudtype,
        "netto_loon": round2(aanvraag.netto_loon),
        "uren_per_week": aanvraag.uren_per_week,
        "zonder_werk": zonder_werk,
        "maanden": met_werk,
        "vrijlating_tot": algemeen[-1]["maand"] if algemeen else None,
        "vrijlating_tot_tekst": algemeen[-1]["maand_tekst"] if algemeen else None,
        "regelingen": [
            {**met, "recht_zonder_werk": zonder["recht"]}
            for met, zonder in zip(regelingen_met, regelingen_zonder, strict=True)
        ],
        "afgekapt": len(maanden) < MAANDEN,
    }
