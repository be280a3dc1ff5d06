# SPDX-License-Identifier: EUPL-1.2
"""Rule 6: the regelingencheck - which municipal schemes apply to a situation, and why.

Each scheme is a parameter node under gemeente.regelingen; its conditions are its children.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .bronnen import bron_op, is_onbevestigd


@dataclass
class Regelingsuitkomst:
    sleutel: str
    naam: str
    uitleg: str
    recht: bool
    redenen: list[str] = field(default_factory=list)
    bron: str = ""  # for beheer and the API: every source, unconfirmed values marked
    regels: str = ""  # for residents: where the scheme's rules are written
    zeker: bool = True  # False when a value the check used is not yet confirmed
    onvolledig: bool = False  # an answer the check needs was not given


@dataclass(frozen=True)
class Omstandigheden:
    """What the check needs beyond the norm: income and a few facts about the resident."""

    inkomen: float  # netto per maand, alle bronnen
    norm: float  # toepasselijke bijstandsnorm incl. vakantietoeslag
    leeftijd: int
    student: bool = False
    medische_beperking: bool = False
    maanden_laag_inkomen: int | None = None  # None: not asked or not answered


def euro(amount: float) -> str:
    return f"€ {amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def _euro(amount: float) -> str:
    """Dutch notation, with a no-break space so the sign never ends a line."""
    return euro(amount).replace(" ", "\u00a0", 1)


def duur_tekst(maanden: int) -> str:
    """12 -> '1 jaar', 40 -> '3 jaar en 4 maanden', 1 -> '1 maand'."""
    jaren, rest = divmod(maanden, 12)
    delen = ([f"{jaren} jaar"] if jaren else []) + (
        [f"{rest} {'maand' if rest == 1 else 'maanden'}"] if rest or not jaren else []
    )
    return " en ".join(delen)


def _check(voorwaarde: str, waarde, o: Omstandigheden) -> tuple[bool | None, str]:
    """Whether one condition is met (None: an answer is missing) and why, in plain Dutch."""
    if voorwaarde == "inkomensgrens_percentage":
        grens = round(o.norm * waarde, 2)
        ok = o.inkomen <= grens
        return ok, (
            f"Uw inkomen is {_euro(o.inkomen)} per maand. De grens is {_euro(grens)}. "
            + ("Uw inkomen is dus niet te hoog." if ok else "Uw inkomen is dus te hoog.")
        )
    if voorwaarde == "minimumleeftijd":
        ok = o.leeftijd >= waarde
        return ok, f"U bent {o.leeftijd} jaar. De regeling is voor mensen vanaf {waarde} jaar."
    if voorwaarde == "vereist_student":
        ok = o.student or not waarde
        return ok, "U studeert." if o.student else "De regeling is voor studenten."
    if voorwaarde == "vereist_medische_beperking":
        ok = o.medische_beperking or not waarde
        return ok, (
            "U kunt door ziekte of een beperking minder werken."
            if o.medische_beperking
            else "De regeling is voor wie door ziekte of een beperking niet kan werken."
        )
    if voorwaarde == "minimum_maanden_laag_inkomen":
        nodig = duur_tekst(waarde)
        if o.maanden_laag_inkomen is None:
            return None, (
                f"U heeft niet ingevuld sinds wanneer u een laag inkomen heeft. "
                f"Dat moet minstens {nodig} zijn."
            )
        ok = o.maanden_laag_inkomen >= waarde
        return ok, (
            f"U heeft {duur_tekst(o.maanden_laag_inkomen)} een laag inkomen. "
            f"Dat moet minstens {nodig} zijn."
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
                recht=all(ok is True for ok, _ in checks),
                redenen=[reden for _, reden in checks],
                bron="; ".join(dict.fromkeys(b for b in bronnen if b)),
                regels=regeling.metadata.get("regels", ""),
                zeker=not any(is_onbevestigd(p, datum) for p in regeling.children.values()),
                onvolledig=any(ok is None for ok, _ in checks)
                and not any(ok is False for ok, _ in checks),
            )
        )
    return uitkomsten
