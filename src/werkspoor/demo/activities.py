# SPDX-License-Identifier: EUPL-1.2
"""What happens to residents during their benefit: trajecten, deeltijdwerk, contacts,
medical advice requests and meetings with employers, month by month."""

from __future__ import annotations

import numpy as np

from .params import DemoParams, day_number

DAYS_PER_MONTH = 30.44
KANALEN = ("persoonlijk", "telefonisch", "mail", "driegesprek")
# Instruments that count as a movement towards work for the Werkbeweging.
WERKBEWEGING_INSTRUMENTS = ("scholing", "werkervaringsplek")


class EventLog:
    """Rows of one kind of event, collected per month as arrays and joined at the end."""

    def __init__(self, *columns: str):
        self.columns = columns
        self._parts: list[tuple[np.ndarray, ...]] = []

    def add(self, *arrays):
        if len(arrays[0]):
            self._parts.append(tuple(np.asarray(a) for a in arrays))

    def table(self) -> dict[str, np.ndarray]:
        if not self._parts:
            return {c: np.array([], dtype=np.int64) for c in self.columns}
        return {c: np.concatenate([p[i] for p in self._parts]) for i, c in enumerate(self.columns)}


class Activities:
    def __init__(
        self, params: DemoParams, rng: np.random.Generator, scale: float, meetings_rng=None
    ):
        self.p = params
        self.rng = rng
        self.meetings_rng = meetings_rng if meetings_rng is not None else rng
        self.scale = scale
        self.instruments = list(params["trajecten"])
        self.trajecten = EventLog("person", "instrument", "start", "end", "loonwaarde")
        self.deeltijdwerk = EventLog("person", "start", "end", "netto")
        self.contacts = EventLog("person", "day", "kanaal", "coach")
        self.medisch = EventLog("person", "day")
        self.ontmoetingen = EventLog("person", "day", "werkgever")
        self._busy = {
            "activering": np.empty(0, np.int64),
            "traject": np.empty(0, np.int64),
            "deeltijdwerk": np.empty(0, np.int64),
        }
        self.covid_from = day_number(params["covid"]["van"])
        self.covid_until = day_number(params["covid"]["tot"])

    def _until(self, kind: str, size: int) -> np.ndarray:
        column = self._busy[kind]
        if column.size < size:
            column = np.concatenate([column, np.zeros(size - column.size, np.int64)])
            self._busy[kind] = column
        return column

    def month(self, pop, staying: np.ndarray, start: int, end: int, factors: dict):
        by_arrangement = {a: staying & (pop.arrangement == a) for a in (1, 2, 3, 4)}
        for instrument in self.instruments:
            self._start_trajecten(pop, instrument, by_arrangement, start, end, factors)
        self._start_deeltijdwerk(pop, by_arrangement, start, end, factors)
        self._contacts(pop, by_arrangement, start, end, factors)
        self._medical(by_arrangement, start, end)
        self._meetings(by_arrangement[3], start, end, factors)

    def _chance(self, rates: dict, arrangement: int, factors: dict, werkbeweging: bool) -> float:
        chance = rates.get(arrangement, 0.0) * factors["activiteit"]
        if werkbeweging and arrangement == 3:
            chance *= factors["werkbeweging"]
        return chance

    def _draw_starts(self, candidates: np.ndarray, chance: float, start: int, end: int):
        people = np.flatnonzero(candidates)
        people = people[self.rng.random(people.size) < chance]
        return people, start + self.rng.integers(0, end - start, people.size)

    def _durations(self, mean_months: float, n: int, minimum_days: int = 14) -> np.ndarray:
        return np.maximum(
            minimum_days, (self.rng.exponential(mean_months, n) * DAYS_PER_MONTH)
        ).astype(np.int64)

    def _start_trajecten(self, pop, instrument, by_arrangement, start, end, factors):
        kind = "activering" if instrument == "activering" else "traject"
        until = self._until(kind, pop.size)
        rates = self.p["trajecten"][instrument]
        code = self.instruments.index(instrument)
        for arrangement, members in by_arrangement.items():
            chance = self._chance(
                rates, arrangement, factors, instrument in WERKBEWEGING_INSTRUMENTS
            )
            if chance <= 0:
                continue
            people, days = self._draw_starts(
                members & (until[: pop.size] < start), chance, start, end
            )
            if people.size == 0:
                continue
            durations = self._durations(self.p["trajectduur_maanden"][instrument], people.size)
            loonwaarde = np.full(people.size, -1)
            if instrument == "werken_met_behoud":
                durations = self._cap_werken_met_behoud(pop, people, days, durations)
            if instrument == "loonkostensubsidie":
                loonwaarde = self.rng.integers(50, 81, people.size)
            ends = days + durations
            until[people] = ends
            self.trajecten.add(people, np.full(people.size, code), days, ends, loonwaarde)

    def _cap_werken_met_behoud(self, pop, people, days, durations):
        """Werken met behoud van uitkering: at most 2 years, 6 months under 27."""
        young = pop.age_on(people, days) < 27
        limit = np.where(young, 182, 730)
        return np.minimum(durations, limit - 1)

    def _start_deeltijdwerk(self, pop, by_arrangement, start, end, factors):
        until = self._until("deeltijdwerk", pop.size)
        spec = self.p["deeltijdwerk"]
        for arrangement, members in by_arrangement.items():
            chance = self._chance(spec["start_per_maand"], arrangement, factors, True)
            people, days = self._draw_starts(
                members & (until[: pop.size] < start), chance, start, end
            )
            if people.size == 0:
                continue
            ends = days + self._durations(spec["duur_maanden"], people.size, minimum_days=31)
            low, high = spec["netto_per_maand"]
            netto = np.round(self.rng.uniform(low, high, people.size), 2)
            until[people] = ends
            self.deeltijdwerk.add(people, days, ends, netto)

    def _channel_shares(self, start: int) -> dict:
        if self.covid_from <= start < self.covid_until:
            return self.p["covid"]["kanalen"]
        if start >= self.covid_until:
            return self.p["contact"]["kanalen_na_covid"]
        return self.p["contact"]["kanalen"]

    def _contacts(self, pop, by_arrangement, start, end, factors):
        spec = self.p["contact"]
        shares = self._channel_shares(start)
        probs = np.array([shares[k] for k in KANALEN])
        for arrangement, members in by_arrangement.items():
            chance = spec["per_maand"][arrangement]
            if arrangement == 3 and factors["werkbeweging"] > 1:
                chance = spec["werkbeweging_arrangement_3"]
            people, days = self._draw_starts(members, chance, start, end)
            kanaal = self.rng.choice(len(KANALEN), people.size, p=probs / probs.sum())
            self.contacts.add(people, days, kanaal, pop.coach[people])

    def _medical(self, by_arrangement, start, end):
        for arrangement, chance in self.p["medisch_advies_per_maand"].items():
            people, days = self._draw_starts(by_arrangement[arrangement], chance, start, end)
            self.medisch.add(people, days)

    def _meetings(self, arrangement_3, start, end, factors):
        spec = self.p["werkgevers"]
        rate = spec["ontmoetingen_per_maand"][
            "werkbeweging" if factors["werkbeweging"] > 1 else "voor"
        ]
        rng = self.meetings_rng
        n = rng.poisson(rate * self.scale * factors["activiteit"])
        candidates = np.flatnonzero(arrangement_3)
        if n == 0 or candidates.size == 0:
            return
        people = rng.choice(candidates, n)
        partners = max(1, int(round(spec["partners_werkbeweging"] * self.scale)))
        self.ontmoetingen.add(
            people, start + rng.integers(0, end - start, n), rng.integers(0, partners, n)
        )

    def finish(self, pop):
        """Periods end no later than the benefit (except loonkostensubsidie, which goes on
        with the job); ends after the registry's last day are unknown (running)."""
        pop.trim()
        last = self.p.last_day
        self.trajecten_table = self.trajecten.table()
        self.deeltijdwerk_table = self.deeltijdwerk.table()
        lks = self.instruments.index("loonkostensubsidie")
        for table, keep in (
            (self.trajecten_table, self.trajecten_table["instrument"] == lks),
            (self.deeltijdwerk_table, None),
        ):
            benefit_end = pop.end[table["person"]]
            clip = benefit_end >= 0
            if keep is not None:
                clip &= ~keep
            table["end"] = np.where(clip, np.minimum(table["end"], benefit_end), table["end"])
            table["end"] = np.where(table["end"] > last, -1, table["end"])
