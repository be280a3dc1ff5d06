# SPDX-License-Identifier: EUPL-1.2
"""The residents of the demo city as numpy arrays, and the events that change their benefit:
inflow, outflow by reason, arrangement changes and changes of werkcoach."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from werkspoor.registry.choices import RedenBeeindiging, Regeling

from .parameters import NO_END, Calendar, day_number, distribution

REASONS = [choice.value for choice in RedenBeeindiging]
WERK = REASONS.index(RedenBeeindiging.WERK)
AOW_REASON = REASONS.index(RedenBeeindiging.ANDER_INKOMEN)
REGELINGEN = [choice.value for choice in Regeling]
DAYS_PER_MONTH = 30.4375

_COLUMNS = {
    "start": (np.int32, 0), "end": (np.int32, NO_END), "reason": (np.int8, -1),
    "regeling": (np.int8, 0), "birth": (np.int32, 0), "wijk": (np.int16, 0),
    "arrangement": (np.int8, 0), "intake_arrangement": (np.int8, 0),
    "arrangement_since": (np.int32, 0), "coach": (np.int32, 0), "coach_since": (np.int32, 0),
    "traject_until": (np.int32, 0), "activering_until": (np.int32, 0),
    "deeltijd_until": (np.int32, 0), "active": (np.bool_, False),
}


class Log:
    """Records appended month by month, joined into one array per column at the end."""

    def __init__(self):
        self._parts: dict[str, list[dict]] = defaultdict(list)

    def add(self, table: str, **columns) -> None:
        self._parts[table].append({k: np.asarray(v) for k, v in columns.items()})

    def table(self, name: str) -> dict[str, np.ndarray]:
        parts = [p for p in self._parts.get(name, []) if len(next(iter(p.values())))]
        if not parts:
            return {}
        return {key: np.concatenate([p[key] for p in parts]) for key in parts[0]}


class Population:
    """One row per resident (= household, one benefit each); grows as residents flow in."""

    def __init__(self, capacity: int = 1024):
        self.size = 0
        for name, (dtype, fill) in _COLUMNS.items():
            setattr(self, name, np.full(capacity, fill, dtype=dtype))

    def add(self, **values) -> np.ndarray:
        count = len(values["start"])
        needed = self.size + count
        if needed > len(self.start):
            self._grow(max(needed, 2 * len(self.start)))
        index = np.arange(self.size, needed)
        for name, value in values.items():
            getattr(self, name)[index] = value
        self.active[index] = True
        self.size = needed
        return index

    def _grow(self, capacity: int) -> None:
        for name, (dtype, fill) in _COLUMNS.items():
            old = getattr(self, name)
            new = np.full(capacity, fill, dtype=dtype)
            new[: len(old)] = old
            setattr(self, name, new)

    def active_index(self) -> np.ndarray:
        return np.flatnonzero(self.active[: self.size])


@dataclass
class Coaching:
    """Werkcoaches in one team per wijk; a team's coaches are numbered consecutively."""

    offset: np.ndarray  # first coach number of each team (team = wijk index)
    count: np.ndarray

    @classmethod
    def for_wijken(cls, total: int, wijk_shares: np.ndarray) -> Coaching:
        count = np.maximum(1, np.round(total * wijk_shares)).astype(np.int32)
        offset = np.concatenate([[0], np.cumsum(count)[:-1]]).astype(np.int32)
        return cls(offset=offset, count=count)

    @property
    def total(self) -> int:
        return int(self.count.sum())

    def draw(self, rng, wijk: np.ndarray) -> np.ndarray:
        return self.offset[wijk] + (rng.random(len(wijk)) * self.count[wijk]).astype(np.int32)

    def draw_other(self, rng, wijk: np.ndarray, current: np.ndarray) -> np.ndarray:
        count = self.count[wijk]
        local = current - self.offset[wijk]
        step = 1 + (rng.random(len(wijk)) * np.maximum(count - 1, 1)).astype(np.int32)
        return self.offset[wijk] + (local + np.where(count > 1, step, 0)) % count


def draw_from(rng, mapping: dict, size: int, cast=None) -> np.ndarray:
    keys, probabilities = distribution(mapping)
    keys = [cast(k) for k in keys] if cast else keys
    return np.asarray(keys)[rng.choice(len(keys), size=size, p=probabilities)]


def draw_birth_days(rng, stad: dict, start_days: np.ndarray) -> np.ndarray:
    bands = stad["leeftijd_bij_instroom"]
    chosen = rng.choice(len(bands), size=len(start_days), p=[b["kans"] for b in bands])
    low = np.array([b["van"] for b in bands])[chosen]
    high = np.array([b["tot"] for b in bands])[chosen]
    age_years = low + rng.random(len(start_days)) * (high - low)
    return (start_days - np.round(age_years * 365.25)).astype(np.int32)


def months_of_age(birth: np.ndarray, day: int) -> np.ndarray:
    """Completed months of age on `day` (approximate to the day, enough for AOW)."""
    return np.floor((day - birth) / DAYS_PER_MONTH).astype(np.int32)


class BenefitDynamics:
    """Draws who leaves the benefit in a month and why, who changes arrangement or coach."""

    def __init__(self, params: dict, calendar: Calendar, werkbeweging: np.ndarray):
        stad, dienst = params["stad"], params["dienstverlening"]
        self.calendar = calendar
        self.werk_rate = calendar.per_year(stad["jaren"], "uitstroom_werk") / 12
        self.other_rate = calendar.per_year(stad["jaren"], "uitstroom_overig") / 12
        outflow = calendar.per_quarter_range(stad["kwartaalfactoren"], "uitstroom")
        self.werk_rate, self.other_rate = self.werk_rate * outflow, self.other_rate * outflow
        self.aow_months = calendar.per_year(stad["aow_leeftijd_maanden"]).astype(np.int32)
        other_keys, self.other_p = distribution(stad["redenen_overig"])
        self.other_codes = np.array([REASONS.index(k) for k in other_keys], dtype=np.int8)
        arrangementen = dienst["arrangementen"]
        self.werk_weight = np.zeros(5)
        for key, weight in arrangementen["werk_gewicht"].items():
            self.werk_weight[int(key)] = weight
        self.werkbeweging = werkbeweging
        self.switch_p = arrangementen["wissel_kans_per_maand"]
        self.to = {int(k): v for k, v in arrangementen["naar"].items()}
        corona = arrangementen["corona_1_naar_3"]
        self.corona_1_3 = np.where(
            calendar.mask_quarter_range(corona["van"], corona["tot"]), corona["factor"], 1.0
        )
        self.coach_switch_p = dienst["werkcoaches"]["wissel_kans_per_maand"]

    def exits(self, rng, pop: Population, month: int, candidates: np.ndarray):
        """(who, einddatum, reason code) for residents leaving in `month`."""
        first = self.calendar.starts[month]
        days = self.calendar.days_in(month)
        aow = months_of_age(pop.birth[candidates], first) >= self.aow_months[month]
        rest = candidates[~aow]
        arrangement = pop.arrangement[rest]
        weight = self.werk_weight[arrangement] * np.where(
            arrangement == 3, self.werkbeweging[month], 1.0
        )
        p_werk = self.werk_rate[month] * weight / max(weight.mean(), 1e-9)
        draw = rng.random(len(rest))
        werk = draw < p_werk
        other = ~werk & (draw < p_werk + self.other_rate[month])
        other_reason = self.other_codes[rng.choice(len(self.other_codes), other.sum(), p=self.other_p)]
        who = np.concatenate([candidates[aow], rest[werk], rest[other]])
        reason = np.concatenate([
            np.full(aow.sum(), AOW_REASON, np.int8), np.full(werk.sum(), WERK, np.int8),
            other_reason,
        ])
        end = np.concatenate([
            np.full(aow.sum(), first, np.int32),
            first + rng.integers(1, days + 1, size=werk.sum() + other.sum()).astype(np.int32),
        ])
        return who, end, reason

    def arrangement_changes(self, rng, pop: Population, month: int, stayers: np.ndarray):
        """(who, new arrangement) for residents whose arrangement changes on the 1st."""
        first = self.calendar.starts[month]
        settled = stayers[pop.arrangement_since[stayers] <= first - 90]
        movers = settled[rng.random(len(settled)) < self.switch_p]
        new = np.zeros(len(movers), dtype=np.int8)
        for origin in (1, 2, 3, 4):
            among = pop.arrangement[movers] == origin
            weights = dict(self.to[origin])
            if origin == 1:
                weights[3] = weights[3] * self.corona_1_3[month]
            new[among] = draw_from(rng, weights, int(among.sum()), cast=int)
        return movers, new

    def coach_changes(self, rng, pop: Population, month: int, stayers: np.ndarray):
        first = self.calendar.starts[month]
        settled = stayers[pop.coach_since[stayers] < first]
        return settled[rng.random(len(settled)) < self.coach_switch_p]


def initial_stock(rng, params: dict, scale: float, calendar: Calendar, wijk_shares) -> dict:
    """The residents with a running benefit on the first simulated day."""
    stad = params["stad"]
    begin = stad["beginbestand"]
    count = int(round(begin["aantal"] * scale))
    first = int(calendar.starts[0])
    duration = np.minimum(
        rng.exponential(begin["duur_gemiddeld_jaren"] * 365.25, count),
        begin["duur_max_jaren"] * 365.25,
    )
    # Ages are drawn on the first day (not at the start), so that nobody is past the AOW
    # age on day one; a benefit starts no earlier than the 18th birthday.
    birth = draw_birth_days(rng, stad, np.full(count, first, dtype=np.int32))
    start = np.minimum(
        np.maximum(first - 1 - np.floor(duration), birth + 18 * 366), first - 1
    ).astype(np.int32)
    arrangement = draw_from(rng, params["dienstverlening"]["arrangementen"]["beginbestand"],
                            count, cast=int).astype(np.int8)
    since = np.maximum(start, day_number(begin["arrangement_vanaf"]))
    coach_since = np.maximum(
        start, day_number(begin["toewijzing_vanaf"]) + rng.integers(0, 365, count)
    ).astype(np.int32)
    return dict(
        start=start, birth=birth, arrangement=arrangement, intake_arrangement=arrangement,
        arrangement_since=since.astype(np.int32), coach_since=np.minimum(coach_since, first - 1),
        regeling=_draw_regeling(rng, stad, count),
        wijk=rng.choice(len(wijk_shares), size=count, p=wijk_shares).astype(np.int16),
    )


def inflow(rng, params: dict, scale: float, calendar: Calendar, month: int, wijk_shares,
           inflow_per_month: np.ndarray) -> dict:
    """The residents whose benefit starts in `month`."""
    stad = params["stad"]
    count = rng.poisson(inflow_per_month[month] * scale)
    first, days = int(calendar.starts[month]), calendar.days_in(month)
    start = (first + rng.integers(0, days, count)).astype(np.int32)
    arrangement = draw_from(rng, params["dienstverlening"]["arrangementen"]["intake"],
                            count, cast=int).astype(np.int8)
    return dict(
        start=start, birth=draw_birth_days(rng, stad, start), arrangement=arrangement,
        intake_arrangement=arrangement, arrangement_since=start, coach_since=start,
        regeling=_draw_regeling(rng, stad, count),
        wijk=rng.choice(len(wijk_shares), size=count, p=wijk_shares).astype(np.int16),
    )


def _draw_regeling(rng, stad: dict, count: int) -> np.ndarray:
    keys, probabilities = distribution(stad["regelingen"])
    codes = np.array([REGELINGEN.index(key) for key in keys], dtype=np.int8)
    return codes[rng.choice(len(keys), size=count, p=probabilities)]
