# SPDX-License-Identifier: EUPL-1.2
"""Building the demo city: simulate, turn into rows, write, announce."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from werkspoor.core.database import ensure_schema
from werkspoor.core.signals import demo_city_built

from .geld import add_applications_and_payments
from .params import load_params
from .simulation import Simulation
from .tables import TableBuilder
from .themes import add_themes
from .werkplek import complete_contact_details
from .writer import write_city


@dataclass
class BuildReport:
    rows: dict[str, int]
    simulate_seconds: float
    write_seconds: float
    afwijkingen: list = field(default_factory=list)  # payment errors planted on purpose


def build_city(seed: int = 2017, scale: float = 1.0, progress=None) -> BuildReport:
    ensure_schema()
    params = load_params()
    began = time.perf_counter()
    result = Simulation(params, seed, scale).run()
    tables = TableBuilder(
        result, params, np.random.default_rng([seed, 1]), scale, seed=seed
    ).build()
    afwijkingen = add_applications_and_payments(result, tables, params, seed, scale)
    add_themes(tables, result, params, seed, scale)  # on the registry after re-entry
    complete_contact_details(seed, tables["inwoner"])  # the applicants and minima added
    simulated = time.perf_counter()
    write_city(tables, progress)
    written = time.perf_counter()
    demo_city_built.send(sender=BuildReport, seed=seed, scale=scale)
    return BuildReport(
        rows={key: len(columns["id"]) for key, columns in tables.items()},
        simulate_seconds=simulated - began,
        write_seconds=written - simulated,
        afwijkingen=afwijkingen,
    )
