# SPDX-License-Identifier: EUPL-1.2
"""U-pas holders per pass year (1 July to 1 July): residents with a running Participatiewet
benefit, and minima without one who mostly keep their pass from year to year; the credit
(personal plus gezinstegoed per child) and what was spent of it."""

from __future__ import annotations

from datetime import date

import numpy as np

from .params import day_number
from .themes import UPAS, ThemeContext

DAYS_PER_YEAR = 365.25


class UPasHolders:
    def __init__(self, context: ThemeContext):
        self.context = context
        self.spec = context.spec["upas"]
        self.rng = context.rng(UPAS)
        last_year = _pass_year(context.last_day)
        self.years = [y for y in range(self.spec["eerste_pasjaar"], last_year + 1)]
        self.holders: dict[int, np.ndarray] = {}  # pass year -> inwoner ids
        self.minima: dict[int, np.ndarray] = {}  # pass year -> the holders without benefit
        self._draw_holders()

    def _draw_holders(self) -> None:
        context, spec = self.context, self.spec
        # A fixed draw per resident: whoever joins while on benefit, does so every year.
        takes_part = self.rng.random(context.max_inwoner_id) < spec["bijstand_deelname"]
        previous = np.empty(0, dtype=np.int64)
        for year in self.years:
            start = min(day_number(date(year, 7, 1)), context.last_day)
            on_benefit = context.pw_running_on(start)
            on_benefit = on_benefit[takes_part[on_benefit - 1]]
            kept = previous[self.rng.random(previous.size) < spec["verlenging"]]
            target = context.scaled(spec["houders"][year])
            new = max(target - on_benefit.size - kept.size, 0)
            joined = context.minima.add(np.full(new, start))
            self.minima[year] = np.concatenate([kept, joined])
            self.holders[year] = np.concatenate([on_benefit, self.minima[year]])
            previous = self.minima[year]

    def sample(self, rng: np.random.Generator, days: np.ndarray) -> np.ndarray:
        """For each day a minima resident holding a pass of the pass year then running; 0
        where there is none (before the first pass year)."""
        people = np.zeros(days.size, dtype=np.int64)
        years = pass_years(days)
        for year, holders in self.minima.items():
            idx = np.flatnonzero(years == year)
            if idx.size and holders.size:
                people[idx] = holders[rng.integers(holders.size, size=idx.size)]
        return people

    def table(self) -> dict:
        """The upas rows; needs the residents' children (call after Minima.finish)."""
        context, spec = self.context, self.spec
        kind = context.tables["kind"]
        parents = np.asarray(kind["inwoner_id"], dtype=np.int64)
        births = np.array(kind["geboortedatum"], dtype="datetime64[D]").astype(np.int64)
        size = context.minima.first_id + context.minima.size  # the highest inwoner id + 1
        parts = []
        for year in self.years:
            people = self.holders[year]
            start = day_number(date(year, 7, 1))
            minors = (births <= start) & (births > start - int(18 * DAYS_PER_YEAR))
            children = np.bincount(parents[minors], minlength=size)[people]
            tegoed = spec["tegoed_persoon"] + spec["tegoed_per_kind"] * children
            besteed = self._spent(year, tegoed.astype(float), start)
            parts.append((people, np.full(people.size, year), tegoed, besteed))
        people, years, tegoed, besteed = (np.concatenate(p) for p in zip(*parts, strict=True))
        n = people.size
        return {
            "id": np.arange(1, n + 1),
            "external_id": np.char.add("UP", np.char.zfill(np.arange(1, n + 1).astype(str), 8)),
            "inwoner_id": people,
            "pasjaar": years,
            # Floats with whole cents: the database keeps them as its decimal.
            "tegoed": np.rint(tegoed * 100) / 100,
            "besteed": np.rint(besteed * 100) / 100,
        }

    def _spent(self, year: int, tegoed: np.ndarray, start: int) -> np.ndarray:
        """Users (the yearly share) spend a Beta share of their credit; the non-users are
        drawn with a chance inverse to their credit (families use the gezinstegoed). A pass
        year still running has been spent in proportion to the days gone."""
        spec, rng = self.spec, self.rng
        n = tegoed.size
        used_share = spec["gebruikt"][year]
        non_users = rng.choice(
            n, int(round((1 - used_share) * n)), replace=False, p=(1 / tegoed) / (1 / tegoed).sum()
        )
        share = rng.beta(*spec["besteding_beta"], n)
        share[non_users] = 0.0
        elapsed = min(1.0, (self.context.last_day + 1 - start) / 365.0)
        return np.floor(tegoed * share * elapsed * 100) / 100


def pass_years(days: np.ndarray) -> np.ndarray:
    """The pass year running on each day (it starts on 1 July)."""
    moments = np.asarray(days).astype("datetime64[D]")
    years = moments.astype("datetime64[Y]").astype(int) + 1970
    months = moments.astype("datetime64[M]").astype(int) % 12 + 1
    return np.where(months >= 7, years, years - 1)


def _pass_year(day: int) -> int:
    return int(pass_years(np.array([day]))[0])
