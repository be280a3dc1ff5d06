# SPDX-License-Identifier: EUPL-1.2
"""Rule 3: inkomstenverrekening - which part of the earnings stays free (art. 31 lid 2 n, r, z)
and the benefit that remains in the month."""

import numpy as np
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from werkspoor.rules.entities import Huishouden
from werkspoor.rules.formulas import round_cents


class Vrijlating(Enum):
    geen = "Geen vrijlating"
    algemeen = "Algemene inkomstenvrijlating (25%)"
    alleenstaande_ouder = "Vrijlating alleenstaande ouder (12,5%)"
    medisch_urenbeperkt = "Vrijlating medische urenbeperking (15%)"


def _deel(regel, inkomsten):
    return round_cents(np.minimum(inkomsten * regel.percentage, regel.maximum))


class vrijlating_soort(Variable):  # noqa: N801
    value_type = Enum
    possible_values = Vrijlating
    default_value = Vrijlating.geen
    entity = Huishouden
    definition_period = MONTH
    label = "Welke vrijlating in deze maand geldt; ze gelden na elkaar, niet tegelijk"

    def formula(huishouden, period, parameters):
        v = parameters(period).participatiewet.vrijlating
        maand = huishouden("maand_vrijlating", period)
        oud_genoeg = huishouden("leeftijd", period) >= v.algemeen.minimumleeftijd
        werkt = (huishouden("netto_inkomsten", period) > 0) & (maand >= 1)
        types = huishouden("huishoudtype", period).possible_values
        algemeen = werkt & oud_genoeg & (maand <= v.algemeen.maanden)
        na_algemeen = maand - v.algemeen.maanden
        alleenstaande_ouder = (
            werkt
            & oud_genoeg
            & (huishouden("huishoudtype", period) == types.alleenstaande_ouder)
            & huishouden("heeft_kind_onder_12", period)
            & (na_algemeen >= 1)
            & (na_algemeen <= v.alleenstaande_ouder.maanden)
        )
        medisch = werkt & huishouden("medisch_urenbeperkt", period)
        return np.select(
            [algemeen, alleenstaande_ouder, medisch],
            [Vrijlating.algemeen, Vrijlating.alleenstaande_ouder, Vrijlating.medisch_urenbeperkt],
            Vrijlating.geen,
        )


class inkomstenvrijlating(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Vrijgelaten deel van de netto inkomsten uit arbeid"

    def formula(huishouden, period, parameters):
        v = parameters(period).participatiewet.vrijlating
        inkomsten = huishouden("netto_inkomsten", period)
        soort = huishouden("vrijlating_soort", period)
        return np.select(
            [
                soort == Vrijlating.algemeen,
                soort == Vrijlating.alleenstaande_ouder,
                soort == Vrijlating.medisch_urenbeperkt,
            ],
            [
                _deel(v.algemeen, inkomsten),
                _deel(v.alleenstaande_ouder, inkomsten),
                _deel(v.medisch_urenbeperkt, inkomsten),
            ],
            0.0,
        )


class verrekende_inkomsten(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Inkomsten die op de uitkering in mindering komen"

    def formula(huishouden, period):
        arbeid = huishouden("netto_inkomsten", period) - huishouden("inkomstenvrijlating", period)
        vrijwilligers = huishouden("vrijwilligersvergoeding_te_verrekenen", period)
        return round_cents(np.maximum(arbeid, 0) + vrijwilligers)


class uitkering(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Resterende bijstand incl. vakantietoeslag na verrekening van inkomsten"

    def formula(huishouden, period):
        norm = huishouden("bijstandsnorm", period)
        return round_cents(np.clip(norm - huishouden("verrekende_inkomsten", period), 0, norm))
