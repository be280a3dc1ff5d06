# SPDX-License-Identifier: EUPL-1.2
"""Re-entry in the demo city: residents who left the bijstand come back.

The simulation gives every benefit its own resident. Afterwards, with a random stream of its
own, some of the new Participatiewet benefits of a month are handed to a resident who left
earlier: the benefit stays what it was (same start, same course), only its resident changes.
So the inflow, outflow and stock that the calibration asserts are exactly the simulation's;
re-entrants replace part of the new inflow instead of adding to it.

Who returns and when follows the published cumulative re-entry (definitions/demo/
aanvragen.yaml): each PW benefit that ends draws whether, and after how many days, its
resident would return; in the month of that day a new benefit of a compatible age is taken
over (a resident young enough for the jongeren rules of the benefit, not past the pension
age, without a loonkostensubsidie job still running).
"""

from __future__ import annotations

import numpy as np

from .simulation import REDENEN, REGELINGEN, SimulationResult

DAYS_PER_YEAR = 365.25
PW = REGELINGEN.index("PW")
JONGERE = 27


def _ages(birth: np.ndarray, day) -> np.ndarray:
    return ((np.asarray(day) - birth) / DAYS_PER_YEAR).astype(np.int64)


def return_delays(spec: dict, reden: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Days until each leaver's resident returns, -1 for never (within the data).

    The cumulative share back after t days is s x p(t), with p the published curve for all
    outflow and s per reason: s_werk from the published figure for outflow to work, 0 for
    those who cannot return, and for the others what keeps the total at p(t)."""
    knots = sorted((int(days), float(share)) for days, share in spec["cumulatief"].items())
    days = np.array([spec["minimum_dagen"]] + [k[0] for k in knots], float)
    shares = np.array([0.0] + [k[1] for k in knots])
    year_share = float(np.interp(365, days, shares))
    werk = reden == REDENEN.index("werk")
    never = np.isin(reden, [REDENEN.index(r) for r in spec["niet_terug"]])
    other = ~werk & ~never
    s_werk = spec["werk_binnen_jaar"] / year_share
    s_other = (1 - werk.mean() * s_werk) / max(other.mean(), 1e-9)
    scale = np.select([werk, other], [s_werk, s_other], 0.0)
    u = rng.random(reden.size) / np.where(scale > 0, scale, 1.0)
    returns = (scale > 0) & (u < shares[-1])
    return np.where(returns, np.interp(u, shares, days).astype(np.int64), -1)


def _lks_until(result: SimulationResult) -> np.ndarray:
    """Per person the end of a loonkostensubsidie job that outlives the benefit (-1: none;
    a running one counts as forever)."""
    table = result.activities.trajecten_table
    lks = result.activities.instruments.index("loonkostensubsidie")
    until = np.full(result.population.size, -1, np.int64)
    rows = table["instrument"] == lks
    ends = np.where(table["end"][rows] == -1, np.iinfo(np.int64).max, table["end"][rows])
    np.maximum.at(until, table["person"][rows], ends)
    return until


class _Matcher:
    """Hands new PW benefits of a month to returning residents."""

    def __init__(self, result: SimulationResult, spec: dict, rng: np.random.Generator):
        pop = result.population
        self.pop, self.spec, self.rng = pop, spec, rng
        self.resident = np.arange(pop.size)
        self.lks_until = _lks_until(result)
        self.young = _ages(pop.birth, pop.start) < JONGERE  # each benefit's own age class

    def month(self, candidates: np.ndarray, pool: np.ndarray, month_start: int) -> None:
        pop, spec = self.pop, self.spec
        roots = self.resident[candidates]
        earliest = pop.end[candidates] + spec["minimum_dagen"]
        birth = pop.birth[roots]
        eligible = _ages(birth, month_start + 31) <= spec["maximum_leeftijd"]
        candidates, earliest, birth = candidates[eligible], earliest[eligible], birth[eligible]
        pool = self.rng.permutation(pool)
        free = np.ones(pool.size, bool)
        # Most returners left months ago and are 27 or older: any new benefit of that age class
        # in the month suits them.
        adult = (earliest <= month_start) & (_ages(birth, month_start) >= JONGERE)
        adult &= self.lks_until[candidates] < month_start
        old_pool = np.flatnonzero(~self.young[pool])
        fast = self.rng.permutation(np.flatnonzero(adult))[: old_pool.size]
        self._take(candidates[fast], pool[old_pool[: fast.size]])
        free[old_pool[: fast.size]] = False
        for i in np.flatnonzero(~np.isin(np.arange(candidates.size), fast)):
            self._one(candidates[i], earliest[i], birth[i], pool, free)

    def _one(self, candidate, earliest, birth, pool, free) -> None:
        start = self.pop.start[pool]
        ok = free & (start >= earliest) & (self.lks_until[candidate] < start)
        ok &= np.where(
            self.young[pool], birth <= self.pop.birth[pool], _ages(birth, start) >= JONGERE
        )
        found = np.flatnonzero(ok)
        if found.size:
            free[found[0]] = False
            self._take(np.array([candidate]), pool[found[:1]])

    def _take(self, candidates: np.ndarray, benefits: np.ndarray) -> None:
        self.resident[benefits] = self.resident[candidates]


def reentry(
    result: SimulationResult,
    spec: dict,
    rng: np.random.Generator,
    first_day: int,
    months: np.ndarray,
) -> np.ndarray:
    """Per simulated person (one benefit each) the person whose resident takes it over:
    itself, or for a re-entry the earlier benefit's resident."""
    pop = result.population
    leavers = np.flatnonzero((pop.regeling == PW) & (pop.end >= 0))
    delays = return_delays(spec, pop.reden[leavers], rng)
    returning = delays >= 0
    leavers, return_day = leavers[returning], (pop.end[leavers] + delays)[returning]
    new_pw = np.flatnonzero((pop.regeling == PW) & (pop.start >= first_day))
    matcher = _Matcher(result, spec, rng)
    candidate_month = np.searchsorted(months, return_day, "right") - 1
    pool_month = np.searchsorted(months, pop.start[new_pw], "right") - 1
    for m in range(len(months) - 1):
        candidates = leavers[candidate_month == m]
        pool = new_pw[pool_month == m]
        if candidates.size and pool.size:
            matcher.month(candidates, pool, int(months[m]))
    return matcher.resident


def merge(tables: dict[str, dict], resident: np.ndarray) -> int:
    """Give the registry rows of taken-over benefits to their resident; drop the residents
    (and their children) that no longer have anything. Returns the number of re-entries."""
    merged = resident != np.arange(resident.size)
    for name, columns in tables.items():
        if name in ("inwoner", "kind") or "inwoner_id" not in columns:
            continue
        ids = np.asarray(columns["inwoner_id"], np.int64)
        columns["inwoner_id"] = resident[ids - 1] + 1
    keep_child = ~merged[np.asarray(tables["kind"]["inwoner_id"], np.int64) - 1]
    _filter(tables["kind"], keep_child)
    tables["kind"]["id"] = np.arange(1, int(keep_child.sum()) + 1)
    _filter(tables["inwoner"], ~merged)
    return int(merged.sum())


def _filter(columns: dict, keep: np.ndarray) -> None:
    for key, values in columns.items():
        columns[key] = np.asarray(values, dtype=object if isinstance(values, list) else None)[keep]
