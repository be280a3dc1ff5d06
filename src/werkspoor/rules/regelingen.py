# SPDX-License-Identifier: EUPL-1.2
"""Rule 6: the regelingencheck - which municipal schemes apply to a situation, and why.

Each scheme is a parameter node under gemeente.regelingen; its conditions are its children.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .bronnen import bron_op


@dataclass
class Regelingsuitkomst:
    sleutel: str
    naam: str
    uitleg: str
    recht: bool
    redenen: list[str] = field(default_factory=list)
    bron: str = ""


@dataclass(frozen=True)
class Omstandigheden:
    """What the check needs beyond the norm: income and a few facts about the resident."""

    inkomen: float  # netto per maand, alle bronnen
    norm: float  # toepasselijke bijstandsnorm incl. vakantietoeslag
    leeftijd: int
    student: bool = False
    medische_beperking: bool = False
    maanden_laag_inkomen: int = 0


def euro(amount: float) -> str:
    return f"€ {amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def _check(voorwaarde: str, waarde, o: Omstandigheden) -> tuple[bool, str]:
    if voorwaarde == "inkomensgrens_percentage":
        grens = round(o.norm * waarde, 2)
        ok = o.inkomen <= grens
        woord = "niet hoger dan" if ok else "hoger dan"
        return (
            ok,
            f"Uw inkomen ({euro(o.inkomen)}) is {woord} de grens van {euro(grens)} "
            f"({waarde:.0%} van de norm).",
        )
    if voorwaarde == "minimumleeftijd":
        ok = o.leeftijd >= waarde
        return ok, f"U bent {o.leeftijd}; de regeling is vanaf {waarde} jaar."
    if voorwaarde == "vereist_student":
        ok = o.student or not waarde
        return (
            ok,
            "U studeert met studiefinanciering." if o.student else "De regeling is voor studenten.",
        )
    if voorwaarde == "vereist_medische_beperking":
        ok = o.medische_beperking or not waarde
        return ok, (
            "U heeft een medische beperking."
            if o.medische_beperking
            else "De regeling is voor wie door een medische beperking niet kan bijverdienen."
        )
    if voorwaarde == "minimum_maanden_laag_inkomen":
        ok = o.maanden_laag_inkomen >= waarde
        return ok, (
            f"U heeft {o.maanden_laag_inkomen} maanden een laag inkomen; "
            f"de regeling vraagt {waarde} maanden."
        )
    raise ValueError(f"Onbekende voorwaarde '{voorwaarde}' in de regelingen")


def regelingencheck(system, datum: date, o: Omstandigheden) -> list[Regelingsuitkomst]:
    node = system.parameters.gemeente.regelingen
    at = node(datum.isoformat())
    uitkomsten = []
    for sleutel, regeling in node.children.items():
        checks = [_check(naam, getattr(at, sleutel)[naam], o) for naam in regeling.children]
        bronnen = [regeling.metadata.get("bron", "")] + [
            bron_op(p, datum) for p in regeling.children.values()
        ]
        uitkomsten.append(
            Regelingsuitkomst(
                sleutel=sleutel,
                naam=regeling.description,
                uitleg=regeling.metadata.get("uitleg", ""),
                recht=all(ok for ok, _ in checks),
                redenen=[reden for _, reden in checks],
                bron="; ".join(dict.fromkeys(b for b in bronnen if b)),
            )
        )
    return uitkomsten
