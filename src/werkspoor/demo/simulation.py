# SPDX-License-Identifier: EUPL-1.2
"""The monthly simulation of the demo city: benefits, arrangements and werkcoaches.

Every month: (1) running benefits end with a chance that depends on arrangement and
duration, the number ending for reason werk following the calibrated yearly figures;
(2) new benefits start so that the stock follows its target path; (3) residents move
between arrangements; (4) werkcoach caseloads are balanced; (5) activities happen
(see activities.py). Everything is vectorised over residents with one numpy Generator.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .activities import Activities
from .coaches import CoachPool
from .params import DemoParams, day_number
from .population import Population

REGELINGEN = ("PW", "IOAW", "IOAZ", "BBZ")
REDENEN = ("werk", "ander_inkomen", "verhuizing", "opleiding", "detentie", "overlijden", "overig")
DAYS_PER_YEAR = 365.25


@dataclass
class SimulationResult:
    population: Population
    coaches: CoachPool
    activities: Activities
    arrangement_events: list = field(default_factory=list)  # (person, day, arrangement)


class Simulation:
    def __init__(self, params: DemoParams, seed: int, scale: float):
        self.p = params
        self.rng = np.random.default_rng(seed)
        self.scale = scale
        self.months = params.month_starts
        self.population = Population(params, self.rng)
        self.coaches = CoachPool(params, self.rng, len(params.gemeente.wijken))
        # Meetings draw from a stream of their own: tuning them shifts nothing else.
        meetings_rng = np.random.default_rng([seed, 14])
        self.activities = Activities(params, self.rng, scale, meetings_rng)
        self.arrangement_events: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self.pw_targets = params.stock_target_per_month_end() * scale
        self.covid_from = day_number(params["covid"]["van"])
        self.covid_until = day_number(params["covid"]["tot"])
        self.werkbeweging_from = day_number(params["werkbeweging"]["van"])

    def run(self) -> SimulationResult:
        self._initial_stock()
        for m in range(len(self.months) - 1):
            self._month(m)
        self.activities.finish(self.population)
        return SimulationResult(
            self.population, self.coaches, self.activities, self.arrangement_events
        )

    # -- the stock on the first day -------------------------------------------------------
    def _initial_stock(self):
        first = self.months[0]
        for code, regeling in enumerate(REGELINGEN):
            n = self._scaled(self._stock_start(regeling))
            durations = self._initial_durations(n)
            starts = first - durations
            arrangement = self._draw(self.p["arrangement"]["beginbestand"], n).astype(np.int8)
            people = self.population.add(starts, code, arrangement)
            self._record_arrangement(people, starts, arrangement)
        self.coaches.assign_new(self.population, np.arange(self.population.size), first)

    def _stock_start(self, regeling: str) -> float:
        if regeling == "PW":
            return self.p["bestand"]["start"]
        return self.p["overige_regelingen"][regeling]

    def _initial_durations(self, n: int) -> np.ndarray:
        """Days since the start of benefits running on the first day: a short-stay group
        and a long-stay group, as in every bijstand stock."""
        short = self.rng.random(n) < 0.3
        months = np.where(short, self.rng.exponential(8, n), self.rng.exponential(70, n)).clip(
            0.2, 300
        )
        return (months * 30.44).astype(np.int64) + 1

    # -- one month -------------------------------------------------------------------------
    def _month(self, m: int):
        start, end = self.months[m], self.months[m + 1]
        pop = self.population
        running = pop.running_before(start)
        exits = self._exits(m, running, start, end)
        staying = running.copy()
        staying[exits] = False
        self._inflow(m, start, end)
        staying = np.pad(staying, (0, pop.size - staying.size))  # newcomers act from next month
        self._transitions(staying, start, end)
        self.coaches.balance(pop, staying, start, end)
        self.activities.month(pop, staying, start, end, self._factors(start))

    def _factors(self, day: int) -> dict:
        covid = self.covid_from <= day < self.covid_until
        werkbeweging = day >= self.werkbeweging_from
        return {
            "covid": covid,
            "activiteit": self.p["covid"]["activiteit_factor"] if covid else 1.0,
            "werkbeweging": self.p["werkbeweging"]["factor"] if werkbeweging else 1.0,
        }

    def _exits(self, m: int, running: np.ndarray, start: int, end: int) -> np.ndarray:
        pop, p = self.population, self.p
        factor = (
            p["covid"]["uitstroom_factor"] if self.covid_from <= start < self.covid_until else 1.0
        )
        monthly_rate = p["uitstroom_fractie"] / 12 * factor
        chance = np.array([0] + [p["arrangement"]["uitstroomkans"][a] for a in (1, 2, 3, 4)])
        exited = []
        for code in range(len(REGELINGEN)):
            idx = np.flatnonzero(running & (pop.regeling == code))
            if idx.size == 0:
                continue
            years = (start - pop.start[idx]) / DAYS_PER_YEAR
            weight = chance[pop.arrangement[idx]] * np.select(
                [years < 1, years < 2], [1.8, 1.0], 0.6
            )
            prob = np.clip(monthly_rate * idx.size * weight / weight.sum(), 0, 0.9)
            leaving = idx[self.rng.random(idx.size) < prob]
            days = start + self.rng.integers(0, end - start, leaving.size)
            pop.end[leaving] = days
            pop.reden[leaving] = self._reasons(code, leaving, start)
            exited.append(leaving)
        return np.concatenate(exited) if exited else np.array([], dtype=np.int64)

    def _reasons(self, code: int, leaving: np.ndarray, start: int) -> np.ndarray:
        p, pop = self.p, self.population
        reasons = np.full(leaving.size, -1, dtype=np.int8)
        if code == 0:
            year = int(np.datetime64(int(start), "D").astype("datetime64[Y]").astype(int) + 1970)
            expected = p["uitstroom_werk"][year] * self.scale / 12
            n_werk = min(leaving.size, self.rng.poisson(expected))
        else:
            n_werk = self.rng.binomial(leaving.size, 0.25)
        if n_werk:
            werk_chance = np.array([0] + [p["arrangement"]["werkkans"][a] for a in (1, 2, 3, 4)])
            weight = werk_chance[pop.arrangement[leaving]].astype(float)
            weight[pop.arrangement[leaving] == 3] *= self._factors(start)["werkbeweging"]
            chosen = self.rng.choice(leaving.size, n_werk, replace=False, p=weight / weight.sum())
            reasons[chosen] = 0
        rest = reasons == -1
        others = p["redenen_overig"]
        shares = np.array([others[r] for r in REDENEN[1:]])
        reasons[rest] = 1 + self.rng.choice(len(shares), rest.sum(), p=shares / shares.sum())
        return reasons

    def _inflow(self, m: int, start: int, end: int):
        pop = self.population
        new_people = []
        for code, regeling in enumerate(REGELINGEN):
            target = self.pw_targets[m] if code == 0 else self._scaled(self._stock_start(regeling))
            stock = int(((pop.regeling == code) & pop.running_at_end(end)).sum())
            n = self.rng.poisson(max(0.0, target - stock))
            if n == 0:
                continue
            starts = start + self.rng.integers(0, end - start, n)
            arrangement = self._draw(self.p["arrangement"]["instroom"], n).astype(np.int8)
            people = pop.add(starts, code, arrangement)
            self._record_arrangement(people, starts, arrangement)
            new_people.append(people)
        if new_people:
            people = np.concatenate(new_people)
            self.coaches.assign_new(pop, people, start)

    def _transitions(self, staying: np.ndarray, start: int, end: int):
        pop = self.population
        transitions = self.p["arrangement"]["overgang_per_maand"]
        # Candidates are fixed before anyone moves: at most one move per resident per month.
        candidates = {
            origin: np.flatnonzero(staying & (pop.arrangement == origin)) for origin in transitions
        }
        for origin, targets in transitions.items():
            idx = candidates[origin]
            destinations = np.array(list(targets), dtype=np.int8)
            probs = np.array(list(targets.values()))
            moving = idx[self.rng.random(idx.size) < probs.sum()]
            if moving.size == 0:
                continue
            new = destinations[self.rng.choice(len(probs), moving.size, p=probs / probs.sum())]
            days = start + self.rng.integers(0, end - start, moving.size)
            pop.arrangement[moving] = new
            self._record_arrangement(moving, days, new)

    # -- helpers -----------------------------------------------------------------------------
    def _record_arrangement(self, people, days, arrangement):
        self.arrangement_events.append((people, np.asarray(days), np.asarray(arrangement)))

    def _scaled(self, value: float) -> int:
        return int(round(value * self.scale))

    def _draw(self, shares: dict, n: int) -> np.ndarray:
        keys = np.array(list(shares))
        probs = np.array(list(shares.values()), dtype=float)
        return keys[self.rng.choice(len(keys), n, p=probs / probs.sum())]
