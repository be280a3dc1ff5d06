# SPDX-License-Identifier: EUPL-1.2
"""The rules as plain functions: one household (CLI, page, API) or a whole population (bench).

Every function validates its input first and raises RegelInvoerFout with a Dutch sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
from openfisca_core.simulation_builder import SimulationBuilder

from .bronnen import bron_op
from .errors import RegelInvoerFout
from .system import parameter_range, tax_benefit_system

HUISHOUDTYPES = ("alleenstaande", "alleenstaande_ouder", "gehuwden")
_DUTCH_MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december"
)


def datum_tekst(datum: date) -> str:
    return f"{datum.day} {_DUTCH_MONTHS.split()[datum.month - 1]} {datum.year}"


@dataclass(frozen=True)
class Situatie:
    """A household as the rules need it; ages in whole years on the date."""

    huishoudtype: str
    leeftijd: int
    leeftijd_partner: int | None = None
    kostendelers: int = 1
    heeft_kinderen: bool = False
    heeft_kind_onder_12: bool = False
    medisch_urenbeperkt: bool = False

    def validate(self) -> None:
        if self.huishoudtype not in HUISHOUDTYPES:
            raise RegelInvoerFout(
                f"Onbekend huishouden '{self.huishoudtype}': kies alleenstaande, "
                "alleenstaande_ouder of gehuwden."
            )
        minimum = _minimumleeftijd()
        if self.leeftijd < minimum:
            raise RegelInvoerFout(
                f"Bijstand voor levensonderhoud is er vanaf {minimum} jaar; leeftijd "
                f"{self.leeftijd} is te jong."
            )
        if self.huishoudtype == "gehuwden":
            if self.leeftijd_partner is None:
                raise RegelInvoerFout("Geef bij gehuwden ook de leeftijd van de partner op.")
            if self.leeftijd_partner < minimum:
                raise RegelInvoerFout(
                    f"Bijstand voor levensonderhoud is er vanaf {minimum} jaar; de leeftijd van "
                    f"de partner ({self.leeftijd_partner}) is te jong."
                )
        if self.kostendelers < 1:
            raise RegelInvoerFout(
                "Het aantal kostendelers (A) is minstens 1: de inwoner zelf telt mee."
            )

    def inputs(self) -> dict:
        kinderen = self.heeft_kinderen or self.huishoudtype == "alleenstaande_ouder"
        return {
            "huishoudtype": self.huishoudtype,
            "leeftijd": self.leeftijd,
            "leeftijd_partner": self.leeftijd_partner
            if self.leeftijd_partner is not None
            else self.leeftijd,
            "aantal_kostendelers": self.kostendelers,
            "heeft_kinderen": kinderen,
            "heeft_kind_onder_12": self.heeft_kind_onder_12,
            "medisch_urenbeperkt": self.medisch_urenbeperkt,
        }


def _minimumleeftijd() -> int:
    return int(
        tax_benefit_system()
        .parameters.participatiewet.leeftijden.minimumleeftijd.values_list[0]
        .value
    )


def check_datum(datum: date) -> None:
    bereik = parameter_range()
    if not bereik.contains(datum):
        raise RegelInvoerFout(
            f"Voor {datum.isoformat()} zijn er geen normen: Werkspoor kent de normen van "
            f"{datum_tekst(bereik.start)} tot {datum_tekst(bereik.end)}."
        )


def check_bedrag(naam: str, bedrag: float) -> None:
    if bedrag < 0:
        raise RegelInvoerFout(f"Het bedrag '{naam}' kan niet negatief zijn (nu {bedrag}).")


def month(datum: date) -> str:
    return f"{datum.year:04d}-{datum.month:02d}"


def evaluate(datum: date, count: int, inputs: dict, outputs: list[str]) -> dict[str, np.ndarray]:
    """Evaluate `outputs` for `count` households in the month of `datum`, in one vectorised call.

    `inputs` maps variable names to scalars or arrays of length `count`; enum variables take
    their item names (e.g. 'gehuwden').
    """
    system = tax_benefit_system()
    simulation = SimulationBuilder().build_default_simulation(system, count)
    period = month(datum)
    for name, value in inputs.items():
        variable = system.variables[name]
        array = np.broadcast_to(np.asarray(value), (count,))
        if variable.value_type.__name__ == "Enum":
            array = variable.possible_values.encode(np.asarray(array, dtype=str))
        simulation.set_input(name, period, array)
    results = {}
    for name in outputs:
        value = simulation.calculate(name, period)
        results[name] = value.decode_to_str() if hasattr(value, "decode_to_str") else value
    return results


def norm_parameter(situatie: Situatie):
    """The published norm that applies, for its source (the amount comes from the formula)."""
    node = tax_benefit_system().parameters.participatiewet.bijstandsnorm
    volwassen = tax_benefit_system().parameters.participatiewet.leeftijden.volwassennorm_vanaf
    jong = situatie.leeftijd < volwassen.values_list[0].value
    if situatie.huishoudtype != "gehuwden":
        return node.jongere_alleenstaande if jong else node.alleenstaande
    partner_jong = (situatie.leeftijd_partner or 0) < volwassen.values_list[0].value
    kinderen = "met_kinderen" if situatie.heeft_kinderen else "zonder_kinderen"
    if jong and partner_jong:
        return node.children[f"jongeren_gehuwden_beiden_jong_{kinderen}"]
    if jong or partner_jong:
        return node.children[f"jongeren_gehuwden_een_jong_{kinderen}"]
    return node.gehuwden


def norm_bron(situatie: Situatie, datum: date) -> str:
    parameter = norm_parameter(situatie)
    bron = f"{parameter.metadata.get('wetsartikel', '')}: {bron_op(parameter, datum)}"
    if situatie.kostendelers > (2 if situatie.huishoudtype == "gehuwden" else 1):
        kd = tax_benefit_system().parameters.participatiewet.kostendelersnorm
        gehuwden = tax_benefit_system().parameters.participatiewet.bijstandsnorm.gehuwden
        bron += (
            f"; kostendelersnorm {kd.basis_percentage.metadata['wetsartikel']} "
            f"van de gehuwdennorm: {bron_op(gehuwden, datum)}"
        )
    return bron


def round2(value) -> float:
    return round(float(value), 2)


def norm(datum: date, situatie: Situatie) -> dict:
    """Rule 1: the norm for one household, as `werkspoor norm` prints it."""
    check_datum(datum)
    situatie.validate()
    r = evaluate(
        datum,
        1,
        situatie.inputs(),
        ["bijstandsnorm", "vakantietoeslag", "norm_excl_vakantietoeslag"],
    )
    return {
        "datum": datum.isoformat(),
        "huishouden": situatie.huishoudtype,
        "norm_incl_vakantietoeslag": round2(r["bijstandsnorm"][0]),
        "vakantietoeslag": round2(r["vakantietoeslag"][0]),
        "norm_excl_vakantietoeslag": round2(r["norm_excl_vakantietoeslag"][0]),
        "bron": norm_bron(situatie, datum),
    }


def verrekening(
    datum: date, situatie: Situatie, netto_inkomsten: float, maand_vrijlating: int
) -> dict:
    """Rule 3: the benefit that remains with earnings in the K-th month of vrijlating."""
    check_datum(datum)
    situatie.validate()
    check_bedrag("netto-inkomsten", netto_inkomsten)
    if maand_vrijlating < 0:
        raise RegelInvoerFout("De maand van de vrijlating is 0 (geen) of hoger, niet negatief.")
    inputs = {
        **situatie.inputs(),
        "netto_inkomsten": netto_inkomsten,
        "maand_vrijlating": maand_vrijlating,
    }
    r = evaluate(
        datum,
        1,
        inputs,
        [
            "bijstandsnorm",
            "inkomstenvrijlating",
            "vrijlating_soort",
            "verrekende_inkomsten",
            "uitkering",
        ],
    )
    vrijlating = tax_benefit_system().parameters.participatiewet.vrijlating
    return {
        "datum": datum.isoformat(),
        "huishouden": situatie.huishoudtype,
        "maand_vrijlating": maand_vrijlating,
        "norm_incl_vakantietoeslag": round2(r["bijstandsnorm"][0]),
        "netto_inkomsten": round2(netto_inkomsten),
        "vrijlating": round2(r["inkomstenvrijlating"][0]),
        "vrijlating_soort": str(r["vrijlating_soort"][0]),
        "verrekende_inkomsten": round2(r["verrekende_inkomsten"][0]),
        "uitkering": round2(r["uitkering"][0]),
        "bron": f"{norm_bron(situatie, datum)}; "
        f"vrijlating: {bron_op(vrijlating.algemeen.maximum, datum)}",
    }


def vrijwilligersvergoeding_maxima(datum: date) -> dict:
    """Rule 4: the legal maxima on a date, as `werkspoor vrijwilligersvergoeding` prints them."""
    check_datum(datum)
    node = tax_benefit_system().parameters.participatiewet.vrijwilligersvergoeding
    at = node(datum.isoformat())
    return {
        "max_per_maand": round2(at.max_per_maand),
        "max_per_jaar": round2(at.max_per_jaar),
        "bron": f"{node.max_per_maand.metadata['wetsartikel']}: "
        f"{bron_op(node.max_per_maand, datum)}",
    }
