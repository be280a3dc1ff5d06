# SPDX-License-Identifier: EUPL-1.2
"""The demo city's applications, payments and re-entry, added to the registry's tables.

Each part has a random stream of its own, derived from the seed, so that adding them leaves
every other figure of the demo city as it was.
"""

from __future__ import annotations

import numpy as np

from . import aanvragen, betalingen, herinstroom
from .params import DemoParams
from .simulation import SimulationResult

STREAM_HERINSTROOM, STREAM_AANVRAGEN, STREAM_BETALINGEN = 1201, 1202, 1203


def add_applications_and_payments(
    result: SimulationResult, tables: dict, params: DemoParams, seed: int, scale: float
) -> list[betalingen.Afwijking]:
    """Re-entry, applications and payments into `tables`; returns the planted payment
    errors (what `werkspoor controle` should find)."""
    spec = aanvragen.load_spec()
    resident = herinstroom.reentry(
        result,
        spec["herinstroom"],
        np.random.default_rng([seed, STREAM_HERINSTROOM]),
        params.first_day,
        params.month_starts,
    )
    herinstroom.merge(tables, resident)
    rng = np.random.default_rng([seed, STREAM_AANVRAGEN])
    tables.update(aanvragen.applications(tables, params, spec, rng, scale))
    rng = np.random.default_rng([seed, STREAM_BETALINGEN])
    payments, planted = betalingen.payments(tables, params, spec, rng)
    tables.update(payments)
    return planted
