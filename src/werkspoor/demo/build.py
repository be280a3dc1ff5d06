# SPDX-License-Identifier: EUPL-1.2
"""Building the demo city: simulate, turn into rows, replace the database's registry."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from werkspoor.core.gemeente import current_gemeente

from .employers import employer_tables
from .parameters import load_parameters
from .records import registry_tables
from .simulation import simulate
from .writer import clear_city, write_tables

DEFAULT_SEED = 2017


@dataclass
class BuildResult:
    seed: int
    scale: float
    rows: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())


def build_city(seed: int = DEFAULT_SEED, scale: float = 1.0) -> BuildResult:
    """Replace the registry of the configured database by the demo city for (seed, scale)."""
    result = BuildResult(seed=seed, scale=scale)
    clock = time.perf_counter()

    def lap(name):
        nonlocal clock
        now = time.perf_counter()
        result.seconds[name] = now - clock
        clock = now

    params = load_parameters()
    city = simulate(params, seed, scale, current_gemeente())
    lap("simuleren")
    rng = np.random.default_rng([seed, 1])  # a second stream: identities and details
    tables = registry_tables(rng, city) + employer_tables(rng, city)
    lap("rijen maken")
    clear_city()
    lap("leegmaken")
    result.rows = write_tables(tables)
    lap("schrijven")
    return result
