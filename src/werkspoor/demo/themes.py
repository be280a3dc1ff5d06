# SPDX-License-Identifier: EUPL-1.2
"""The demo city's themes Armoede (U-pas), Schuldhulpverlening and Inburgering, added to the
tables of the simulated bijstand population. Each part draws from its own random stream
derived from the seed, so adding them leaves every other figure of the city as it was.
The parameters and their sources are in definitions/demo/<gemeente>_themas.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

import numpy as np
import yaml

from werkspoor.core.werkdagen import feestdagen

from .aanvragen import day_numbers
from .minima import Minima
from .params import EPOCH, DemoParams, day_number, demo_definitions_dir
from .simulation import SimulationResult

# Stream numbers of the parts: numpy.random.default_rng([seed, THEMES, part]).
THEMES = 13
MINIMA, UPAS, SIGNALEN, SCHULDHULP, INBURGERING = 1, 2, 3, 4, 5


def load_theme_params(params: DemoParams) -> dict:
    folder = demo_definitions_dir()
    path = folder / f"{params.gemeente.naam.lower()}_themas.yaml"
    if not path.exists():
        path = folder / "utrecht_themas.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@dataclass
class ThemeContext:
    """What the parts share: the tables so far, the population, parameters, scale."""

    tables: dict
    result: SimulationResult
    params: DemoParams
    spec: dict
    scale: float
    seed: int
    minima: Minima

    def rng(self, part: int) -> np.random.Generator:
        return np.random.default_rng([self.seed, THEMES, part])

    @property
    def last_day(self) -> int:
        return self.params.last_day

    def scaled(self, value: float) -> int:
        return int(round(value * self.scale))

    @cached_property
    def pw_benefits(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(inwoner ids, start days, end days or -1) of the Participatiewet benefits in the
        registry's tables (after re-entry gave some residents a second benefit)."""
        u = self.tables["uitkering"]
        pw = np.asarray(u["regeling"], dtype=object) == "PW"
        inwoner = np.asarray(u["inwoner_id"], dtype=np.int64)[pw]
        return (
            inwoner,
            day_numbers(np.asarray(u["startdatum"])[pw]),
            day_numbers(np.asarray(u["einddatum"])[pw]),
        )

    @cached_property
    def max_inwoner_id(self) -> int:
        return int(np.max(np.asarray(self.tables["inwoner"]["id"], dtype=np.int64)))

    def pw_running_on(self, day: int) -> np.ndarray:
        """Inwoner ids with a running Participatiewet benefit on `day` (at most one each)."""
        inwoner, start, end = self.pw_benefits
        return np.sort(inwoner[(start <= day) & ((end == -1) | (end > day))])


def year_of(days: np.ndarray) -> np.ndarray:
    return (EPOCH + np.asarray(days).astype("timedelta64[D]")).astype("datetime64[Y]").astype(
        int
    ) + 1970


def days_in_year(rng: np.random.Generator, year: int, n: int, last_day: int) -> np.ndarray:
    """`n` days drawn uniformly in `year`, not after the city's last day."""
    first, after = day_number(date(year, 1, 1)), day_number(date(year + 1, 1, 1))
    return np.sort(rng.integers(first, min(after, last_day + 1), n))


def by_year(values: dict, years: np.ndarray) -> np.ndarray:
    """A yearly parameter at each year, linear between the years the YAML gives."""
    known = np.array(sorted(values), dtype=float)
    return np.interp(years, known, [values[int(y)] for y in known])


def draw(rng: np.random.Generator, shares: dict, n: int) -> np.ndarray:
    keys = np.array(list(shares), dtype=object)
    probs = np.array(list(shares.values()), dtype=float)
    return keys[rng.choice(len(keys), n, p=probs / probs.sum())]


class WorkingDays:
    """The Atw working days as day numbers, for 'the n-th working day after day a'."""

    def __init__(self, first: int, last: int):
        days = np.arange(first, last + 400)
        weekday = (days + 3) % 7  # 1970-01-01 was a Thursday (3 when Monday is 0)
        holidays = np.array([day_number(d) for d in feestdagen()], dtype=np.int64)
        self.days = days[(weekday < 5) & ~np.isin(days, holidays)]

    def after(self, day: np.ndarray, count: np.ndarray) -> np.ndarray:
        return self.days[np.searchsorted(self.days, day, side="right") + count - 1]


def add_themes(tables: dict, result: SimulationResult, params: DemoParams, seed, scale) -> None:
    """Add U-pas, vroegsignalen, schuldhulp, inburgering and their minima to `tables`."""
    from .inburgering import inburgeringen
    from .schuldhulp import schuldhulp
    from .upas import UPasHolders

    spec = load_theme_params(params)
    minima = Minima(tables, params, spec["minima"], np.random.default_rng([seed, THEMES, MINIMA]))
    context = ThemeContext(tables, result, params, spec, scale, seed, minima)
    holders = UPasHolders(context)
    tables.update(schuldhulp(context, holders))
    tables["inburgering"] = inburgeringen(context)
    minima.finish()
    tables["upas"] = holders.table()
