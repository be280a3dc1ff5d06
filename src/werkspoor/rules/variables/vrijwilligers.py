# SPDX-License-Identifier: EUPL-1.2
"""Rule 4: the vrijwilligersvergoeding that stays free (art. 31 lid 2 k) and what is set off."""

import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from werkspoor.rules.entities import Huishouden
from werkspoor.rules.formulas import round_cents


class vrijwilligersvergoeding_vrij(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Vrijgelaten vrijwilligersvergoeding: tot het maandmaximum en wat van het jaar resteert"

    def formula(huishouden, period, parameters):
        v = parameters(period).participatiewet.vrijwilligersvergoeding
        ontvangen = huishouden("vrijwilligersvergoeding", period)
        jaar_rest = np.maximum(
            v.max_per_jaar - huishouden("vrijwilligersvergoeding_eerder_dit_jaar", period), 0
        )
        vrij = np.minimum(np.minimum(ontvangen, v.max_per_maand), jaar_rest)
        return np.where(huishouden("leeftijd", period) >= v.minimumleeftijd, vrij, 0.0)


class vrijwilligersvergoeding_te_verrekenen(Variable):  # noqa: N801
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Vrijwilligersvergoeding boven de vrijlating, zonder bewijs van werkelijke kosten"

    def formula(huishouden, period):
        ontvangen = huishouden("vrijwilligersvergoeding", period)
        vrij = np.maximum(
            huishouden("vrijwilligersvergoeding_vrij", period),
            np.minimum(huishouden("vrijwilligerskosten_aangetoond", period), ontvangen),
        )
        return round_cents(np.maximum(ontvangen - vrij, 0))
