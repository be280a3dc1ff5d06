# SPDX-License-Identifier: EUPL-1.2
"""Werkcoaches of the demo city: one team per wijk, caseloads kept near the guideline.

Each month a team gets a coach more when its mean caseload would pass the target, and
lets the least-loaded coach go (their residents are reassigned) when it falls far below;
new residents go to the least-loaded coach; a few residents change coach (turnover).
"""

from __future__ import annotations

import heapq

import numpy as np

from .params import DemoParams


class CoachPool:
    def __init__(self, params: DemoParams, rng: np.random.Generator, n_teams: int):
        self.rng = rng
        band = params["werkcoach"]["caseload_bandbreedte"]
        self.low, self.high = band["min"], band["max"]
        self.turnover = params["werkcoach"]["wissel_per_maand"]
        self.team_of: list[int] = []
        self.active: list[set[int]] = [set() for _ in range(n_teams)]
        self.events: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []

    @property
    def count(self) -> int:
        return len(self.team_of)

    def _new_coach(self, team: int) -> int:
        self.team_of.append(team)
        coach = len(self.team_of) - 1
        self.active[team].add(coach)
        return coach

    def _loads(self, pop) -> np.ndarray:
        running = (pop.end == -1) & (pop.coach >= 0)
        return np.bincount(pop.coach[running], minlength=self.count)

    def assign_new(self, pop, people: np.ndarray, month_start: int):
        """Give residents who just started their benefit a coach from their wijk's team."""
        self._ensure_capacity(pop)
        loads = self._loads(pop)
        for team in np.unique(pop.wijk[people]):
            members = people[pop.wijk[people] == team]
            coaches = self._fill(team, loads, members.size)
            self._assign(pop, members, pop.start[members], coaches)

    def balance(self, pop, staying: np.ndarray, start: int, end: int):
        self._ensure_capacity(pop)
        loads = self._loads(pop)
        for team in range(len(self.active)):
            in_team = staying & (pop.wijk == team)
            moving = self._retire_surplus(team, loads, in_team, pop)
            changers = np.flatnonzero(in_team & (self.rng.random(pop.size) < self.turnover))
            moving = np.union1d(moving, changers)
            if moving.size:
                loads = loads.copy()
                np.subtract.at(loads, pop.coach[moving], 1)
                coaches = self._fill(team, loads, moving.size, avoid=pop.coach[moving])
                days = start + self.rng.integers(0, end - start, moving.size)
                changed = coaches != pop.coach[moving]
                self._assign(pop, moving[changed], days[changed], coaches[changed])

    def _ensure_capacity(self, pop):
        for team in range(len(self.active)):
            running = int(((pop.end == -1) & (pop.wijk == team)).sum())
            while len(self.active[team]) * self.high < running:
                self._new_coach(team)

    def _retire_surplus(self, team, loads, in_team, pop) -> np.ndarray:
        """Residents of coaches the team no longer needs (caseloads far below target)."""
        running = int(in_team.sum())
        needed = max(1, int(np.ceil(running / self.low)))
        surplus = len(self.active[team]) - needed
        if surplus <= 0:
            return np.array([], dtype=np.int64)
        leaving = sorted(self.active[team], key=lambda c: loads[c])[:surplus]
        for coach in leaving:
            self.active[team].discard(coach)
        return np.flatnonzero(in_team & np.isin(pop.coach, leaving))

    def _fill(self, team: int, loads: np.ndarray, n: int, avoid=None) -> np.ndarray:
        """Hand out n residents, each to the currently least-loaded active coach."""
        if loads.size < self.count:
            loads = np.pad(loads, (0, self.count - loads.size))
        heap = [(int(loads[c]), c) for c in self.active[team]]
        heapq.heapify(heap)
        chosen = np.empty(n, dtype=np.int64)
        for i in range(n):
            load, coach = heapq.heappop(heap)
            if avoid is not None and coach == avoid[i] and heap:
                load, coach = heapq.heapreplace(heap, (load, coach))
            chosen[i] = coach
            heapq.heappush(heap, (load + 1, coach))
        np.add.at(loads, chosen, 1)
        return chosen

    def _assign(self, pop, people, days, coaches):
        if people.size == 0:
            return
        pop.coach[people] = coaches
        self.events.append((people, np.asarray(days), coaches))
