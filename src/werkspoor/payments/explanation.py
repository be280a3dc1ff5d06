# SPDX-License-Identifier: EUPL-1.2
"""Why an expected amount is what it is: the rule, parameter and source for the check's list,
a likely cause of a difference, and the month's calculation step by step in plain Dutch for
the resident's dossier. Everything is read from one row of a Berekening (calculation.py)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from werkspoor.rules.bronnen import bron_op, value_in_force
from werkspoor.rules.calculate import Situatie, datum_tekst, norm_bron, norm_parameter
from werkspoor.rules.regelingen import euro
from werkspoor.rules.system import tax_benefit_system

from .calculation import Berekening

HUISHOUDEN_TEKST = {
    "alleenstaande": "alleenstaande",
    "alleenstaande_ouder": "alleenstaande ouder",
    "gehuwden": "gehuwden of samenwonenden",
}
VRIJLATING_REGEL = {
    "algemeen": ("algemene inkomstenvrijlating", "onderdeel n", "algemeen"),
    "alleenstaande_ouder": ("vrijlating alleenstaande ouder", "onderdeel r", "alleenstaande_ouder"),
    "medisch_urenbeperkt": (
        "vrijlating bij medische urenbeperking",
        "onderdeel z",
        "medisch_urenbeperkt",
    ),
}


def _value(berekening: Berekening, name: str, row: int):
    value = (
        berekening.uitkomst[name][row]
        if name in berekening.uitkomst
        else berekening.inputs[name][row]
    )
    return value.item() if hasattr(value, "item") else value


def situatie(berekening: Berekening, row: int) -> Situatie:
    inputs = berekening.inputs
    return Situatie(
        huishoudtype=str(inputs["huishoudtype"][row]),
        leeftijd=int(inputs["leeftijd"][row]),
        leeftijd_partner=int(inputs["leeftijd_partner"][row]),
        kostendelers=int(inputs["aantal_kostendelers"][row]),
        heeft_kinderen=bool(inputs["heeft_kinderen"][row]),
        heeft_kind_onder_12=bool(inputs["heeft_kind_onder_12"][row]),
    )


def _vrijlating(berekening: Berekening, row: int):
    return VRIJLATING_REGEL.get(str(_value(berekening, "vrijlating_soort", row)))


def toelichting(berekening: Berekening, row: int) -> tuple[str, str, str]:
    """(rule, parameter, source) behind the expected amount of one benefit row."""
    datum = berekening.maand
    s = situatie(berekening, row)
    parameter = norm_parameter(s)
    artikel = parameter.metadata.get("wetsartikel", "")
    regel = f"Bijstandsnorm {HUISHOUDEN_TEKST[s.huishoudtype]} ({artikel})"
    deelt = _shares_costs(s)
    if deelt:
        regel += f", kostendelersnorm met {s.kostendelers} kostendelers (Participatiewet art. 22a)"
        parameter = tax_benefit_system().parameters.participatiewet.bijstandsnorm.gehuwden
    in_force = value_in_force(parameter, datum)
    vrijlating = _vrijlating(berekening, row)
    if float(berekening.inputs["netto_inkomsten"][row]) > 0:
        regel += "; inkomsten verrekend (Participatiewet art. 32)"
        if vrijlating:
            regel += f" met de {vrijlating[0]} (art. 31, tweede lid, {vrijlating[1]})"
    dagen, in_month = int(berekening.dagen[row]), berekening.dagen_in_maand
    if dagen < in_month:
        regel += f"; naar rato {dagen} van {in_month} dagen"
    waarde = f"{euro(float(in_force.value))} per {datum_tekst(_instant(in_force))}"
    if deelt:
        a = s.kostendelers
        waarde += f", maal (40 + {a} × 30) / {a} procent per kostendeler"
    return regel, f"{parameter.name} = {waarde}", norm_bron(s, datum)


def _shares_costs(s: Situatie) -> bool:
    """The kostendelersnorm applies (art. 22a): more kostendelers than the household itself,
    for a resident of 21 or older."""
    volwassen = tax_benefit_system().parameters.participatiewet.leeftijden.volwassennorm_vanaf
    adult = s.leeftijd >= volwassen.values_list[0].value
    return adult and s.kostendelers > (2 if s.huishoudtype == "gehuwden" else 1)


def _instant(value):
    from datetime import date

    return date.fromisoformat(str(value.instant_str))


def duiding(berekening: Berekening, row: int, verschil: Decimal) -> str:
    """A likely cause of a difference, when it matches a known error; else ''."""
    cents = Decimal("0.01")
    expected = Decimal(str(float(berekening.bedrag[row]))).quantize(cents)
    vakantietoeslag = Decimal(str(float(_value(berekening, "vakantietoeslag", row)))).quantize(
        cents
    )
    verrekend = Decimal(str(float(_value(berekening, "verrekende_inkomsten", row)))).quantize(cents)
    if expected and verschil == expected:
        return "dubbel betaald"
    if vakantietoeslag and abs(verschil + vakantietoeslag) <= cents:
        return "vakantietoeslag niet betaald"
    if verrekend and abs(verschil - verrekend) <= cents:
        return "inkomsten niet verrekend"
    return ""


@dataclass(frozen=True)
class Stap:
    tekst: str
    bedrag: str = ""


def stappen(berekening: Berekening, row: int) -> list[Stap]:
    """The month's calculation in plain Dutch, one step per rule applied."""
    datum = berekening.maand
    peildatum = berekening.peildatum[row].item()
    s = situatie(berekening, row)
    norm = float(_value(berekening, "bijstandsnorm", row))
    kinderen = "met kinderen jonger dan 18" if s.heeft_kinderen else "zonder kinderen jonger dan 18"
    result = [
        Stap(
            f"Huishouden op {datum_tekst(peildatum)}: {HUISHOUDEN_TEKST[s.huishoudtype]}, "
            f"{s.leeftijd} jaar, {kinderen}, {s.kostendelers} "
            f"{'kostendeler' if s.kostendelers == 1 else 'kostendelers'} (de inwoner meegeteld)."
        ),
        Stap(
            f"Bijstandsnorm inclusief vakantietoeslag voor dit huishouden. Regel en bron: "
            f"{norm_bron(s, datum)}.",
            euro(norm),
        ),
        Stap(
            "Daarvan is vakantietoeslag (Participatiewet art. 19, derde lid); die hoort bij "
            "de uitkering van deze maand.",
            euro(float(_value(berekening, "vakantietoeslag", row))),
        ),
    ]
    result += _income_steps(berekening, row, datum)
    uitkering = float(_value(berekening, "uitkering", row))
    result.append(
        Stap(
            "Uitkering over de hele maand: de norm min wat verrekend wordt (niet minder dan 0).",
            euro(uitkering),
        )
    )
    dagen, in_month = int(berekening.dagen[row]), berekening.dagen_in_maand
    if dagen < in_month:
        result.append(
            Stap(
                f"De uitkering liep {dagen} van de {in_month} dagen van deze maand: "
                f"{euro(uitkering)} × {dagen} / {in_month}.",
                euro(float(berekening.bedrag[row])),
            )
        )
    result.append(Stap("Te betalen over deze maand.", euro(float(berekening.bedrag[row]))))
    return result


def _income_steps(berekening: Berekening, row: int, datum) -> list[Stap]:
    netto = float(berekening.inputs["netto_inkomsten"][row])
    vrijwilliger = float(berekening.inputs["vrijwilligersvergoeding"][row])
    steps = []
    if netto <= 0 and vrijwilliger <= 0:
        return [Stap("Geen geregistreerde inkomsten uit werk of vrijwilligerswerk in deze maand.")]
    if netto > 0:
        steps.append(
            Stap("Netto inkomsten uit deeltijdwerk (geregistreerd per maand).", euro(netto))
        )
        vrijlating = _vrijlating(berekening, row)
        bedrag = float(_value(berekening, "inkomstenvrijlating", row))
        if vrijlating:
            node = getattr(
                tax_benefit_system().parameters.participatiewet.vrijlating, vrijlating[2]
            )
            month = int(berekening.inputs["maand_vrijlating"][row])
            percentage = node.percentage(datum.isoformat()) * 100
            maximum = float(node.maximum(datum.isoformat()))
            steps.append(
                Stap(
                    f"Vrij te laten: {vrijlating[0]}, {percentage:g}% van de "
                    f"inkomsten, ten hoogste {euro(maximum)} "
                    f"(maand {month} met inkomsten; Participatiewet art. 31, tweede lid, "
                    f"{vrijlating[1]}; bron: {bron_op(node.maximum, datum)}).",
                    euro(bedrag),
                )
            )
        else:
            steps.append(
                Stap(
                    "Geen vrijlating: de inwoner is jonger dan 27, de maanden van de vrijlating "
                    "zijn voorbij, of de regeling kent geen vrijlating (IOAW).",
                    euro(0),
                )
            )
    if vrijwilliger > 0:
        steps.append(Stap("Vrijwilligersvergoeding in deze maand.", euro(vrijwilliger)))
    steps.append(
        Stap(
            "Verrekend met de uitkering (Participatiewet art. 32): inkomsten min vrijlating.",
            euro(float(_value(berekening, "verrekende_inkomsten", row))),
        )
    )
    return steps
