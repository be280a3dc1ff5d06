# SPDX-License-Identifier: EUPL-1.2
"""Rule 5: draagkracht for bijzondere bijstand with the municipality's draagkrachtloze grens."""

import numpy as np
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from werkspoor.rules.entities import Huishouden
from werkspoor.rules.formulas import round_cents


class Kostensoort(Enum):
    algemeen = "Andere noodzakelijke kosten"
    bewindvoering = "Bewindvoering"
    woonkostentoeslag = "Woonkostentoeslag"


class kostensoort(Variable):  # noqa: N801
    value_type = Enum
    possible_values = Kostensoort
    default_value = Kostensoort.algemeen
    entity = Huishouden
    definition_period = MONTH
    label = "Soort bijzondere kosten"


class inkomen_huishouden(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Netto inkomen van het huishouden in de maand (alle bronnen)"


class bijzondere_kosten(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Noodzakelijke bijzondere kosten in de maand"


class draagkrachtloze_grens(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Inkomen tot deze grens levert geen draagkracht op"

    def formula(huishouden, period, parameters):
        bb = parameters(period).gemeente.bijzondere_bijstand
        soort = huishouden("kostensoort", period)
        uitgezonderd = (soort == Kostensoort.bewindvoering) | (
            soort == Kostensoort.woonkostentoeslag
        )
        percentage = np.where(
            uitgezonderd, bb.draagkrachtloos_percentage_uitzondering, bb.draagkrachtloos_percentage
        )
        return round_cents(huishouden("bijstandsnorm", period) * percentage)


class draagkracht(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Draagkracht per maand: een deel van het inkomen boven de grens"

    def formula(huishouden, period, parameters):
        deel = parameters(period).gemeente.bijzondere_bijstand.draagkracht_percentage
        boven = huishouden("inkomen_huishouden", period) - huishouden(
            "draagkrachtloze_grens", period
        )
        return round_cents(np.maximum(boven, 0) * deel)


class bijzondere_bijstand(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Toegekende bijzondere bijstand: de kosten min de draagkracht"

    def formula(huishouden, period):
        kosten = huishouden("bijzondere_kosten", period)
        return round_cents(np.maximum(kosten - huishouden("draagkracht", period), 0))
