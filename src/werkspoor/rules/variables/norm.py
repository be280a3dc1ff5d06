# SPDX-License-Identifier: EUPL-1.2
"""Rule 1 and 2: the bijstandsnorm (with kostendelersnorm and vakantietoeslag) and the
municipal jongerentoeslag."""

import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from werkspoor.rules.entities import Huishouden
from werkspoor.rules.formulas import norm_voor, round_cents


def _situatie(huishouden, period):
    return dict(
        huishoudtype=huishouden("huishoudtype", period),
        leeftijd=huishouden("leeftijd", period),
        leeftijd_partner=huishouden("leeftijd_partner", period),
        heeft_kinderen=huishouden("heeft_kinderen", period),
        kostendelers=huishouden("aantal_kostendelers", period),
    )


class bijstandsnorm(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Bijstandsnorm incl. vakantietoeslag (art. 20, 21, 22a), netto per maand"
    reference = "https://wetten.overheid.nl/BWBR0015703"

    def formula(huishouden, period, parameters):
        situatie = _situatie(huishouden, period)
        types = situatie["huishoudtype"].possible_values
        return norm_voor(parameters(period).participatiewet, types=types, **situatie)


class vakantietoeslag(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Deel van de norm dat als vakantietoeslag wordt gereserveerd"

    def formula(huishouden, period, parameters):
        percentage = parameters(period).participatiewet.vakantietoeslag
        return round_cents(huishouden("bijstandsnorm", period) * percentage)


class norm_excl_vakantietoeslag(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Bijstandsnorm zonder vakantietoeslag"

    def formula(huishouden, period):
        return huishouden("bijstandsnorm", period) - huishouden("vakantietoeslag", period)


class jongerentoeslag(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Gemeentelijke jongerentoeslag: aanvulling tot de norm van een 21-jarige"

    def formula(huishouden, period, parameters):
        p = parameters(period)
        if not p.gemeente.jongerentoeslag.actief:
            return huishouden.empty_array()
        situatie = _situatie(huishouden, period)
        types = situatie["huishoudtype"].possible_values
        volwassen = p.participatiewet.leeftijden.volwassennorm_vanaf
        als_21 = dict(
            situatie,
            leeftijd=np.maximum(situatie["leeftijd"], volwassen),
            leeftijd_partner=np.maximum(situatie["leeftijd_partner"], volwassen),
        )
        norm_als_21 = norm_voor(p.participatiewet, types=types, **als_21)
        return np.maximum(norm_als_21 - huishouden("bijstandsnorm", period), 0)
