# SPDX-License-Identifier: EUPL-1.2
"""What happens to residents during their benefit, month by month: trajecten, deeltijdwerk,
contactmomenten, medical advice, plaatsingen and ontmoetingen (all vectorised per month)."""

from __future__ import annotations

import numpy as np

from werkspoor.employers.models import PlaatsingSoort
from werkspoor.registry.choices import Instrument, Kanaal

from .parameters import Calendar, distribution
from .population import DAYS_PER_MONTH, WERK, Log, Population

INSTRUMENTS = [choice.value for choice in Instrument]
KANALEN = [choice.value for choice in Kanaal]
SOORTEN = [choice.value for choice in PlaatsingSoort]
MOVEMENT_INSTRUMENTS = ("scholing", "werkervaringsplek")  # Werkbeweging counts these starts


def per_arrangement(mapping: dict) -> np.ndarray:
    """{arrangement: value} as an array indexed by arrangement code 1-4."""
    values = np.zeros(5)
    for key, value in mapping.items():
        values[int(key)] = float(value)
    return values


def durations(rng, mean_months: float, size: int) -> np.ndarray:
    """Lengths in days: exponential around the mean, at least two weeks."""
    return np.maximum(14, np.round(rng.exponential(mean_months * DAYS_PER_MONTH, size))).astype(
        np.int32
    )


class Activities:
    def __init__(self, params: dict, calendar: Calendar, werkbeweging: np.ndarray,
                 werkgevers: int, scale: float):
        dienst, employers = params["dienstverlening"], params["werkgevers"]
        self.calendar, self.werkbeweging, self.scale = calendar, werkbeweging, scale
        self.corona = calendar.per_quarter_range(dienst["corona_activiteit"], "factor")
        self.trajecten = [
            (INSTRUMENTS.index(name), per_arrangement(spec["kans"]), spec["duur_maanden"],
             name in MOVEMENT_INSTRUMENTS)
            for name, spec in dienst["trajecten"].items()
        ]
        self.activering = dienst["activering"]
        self.deeltijd = dienst["deeltijdwerk"]
        self.contact_rate = per_arrangement(dienst["contactmomenten"]["per_maand"])
        self.contact_wb = dienst["contactmomenten"]["werkbeweging_arrangement_3"]
        self.kanaal_p = np.zeros((calendar.months, len(KANALEN)))
        for entry in dienst["contactmomenten"]["kanalen"]:
            mask = calendar.mask_quarter_range(entry["van"], entry["tot"])
            self.kanaal_p[mask] = [entry[k] for k in KANALEN]
        self.kanaal_p /= self.kanaal_p.sum(axis=1, keepdims=True)
        self.medisch = dienst["medisch_advies"]
        self.lks = dienst["loonkostensubsidie"]
        self.werkgevers = werkgevers
        self.plaatsing = employers["plaatsingen"]
        self.ontmoetingen = employers["ontmoetingen"]

    def _factor(self, pop: Population, who: np.ndarray, month: int) -> np.ndarray:
        """Werkbeweging's extra push for arrangement 3, times the corona dip."""
        wb = np.where(pop.arrangement[who] == 3, self.werkbeweging[month], 1.0)
        return wb * self.corona[month]

    def _days(self, rng, month: int, size: int) -> np.ndarray:
        first = self.calendar.starts[month]
        return (first + rng.integers(0, self.calendar.days_in(month), size)).astype(np.int32)

    def month(self, rng, pop: Population, month: int, stayers: np.ndarray, log: Log) -> None:
        self._trajecten(rng, pop, month, stayers, log)
        self._activering(rng, pop, month, stayers, log)
        self._deeltijd(rng, pop, month, stayers, log)
        self._contacts(rng, pop, month, stayers, log)
        self._medisch(rng, pop, month, stayers, log)
        self._plaatsingen_tijdens(rng, pop, month, stayers, log)
        self._ontmoetingen(rng, pop, month, stayers, log)

    def _trajecten(self, rng, pop, month, stayers, log):
        first = self.calendar.starts[month]
        free = stayers[pop.traject_until[stayers] < first]
        for code, chance, mean_months, is_movement in self.trajecten:
            p = chance[pop.arrangement[free]] * (
                self._factor(pop, free, month) if is_movement else self.corona[month]
            )
            starting = free[rng.random(len(free)) < p]
            if not len(starting):
                continue
            start = self._days(rng, month, len(starting))
            end = start + durations(rng, mean_months, len(starting))
            pop.traject_until[starting] = end
            log.add("traject", person=starting, instrument=np.full(len(starting), code, np.int8),
                    start=start, end=end, loonwaarde=np.full(len(starting), -1, np.int16))
            free = free[pop.traject_until[free] < first]

    def _activering(self, rng, pop, month, stayers, log):
        first = self.calendar.starts[month]
        free = stayers[pop.activering_until[stayers] < first]
        chance = per_arrangement(self.activering["kans"])[pop.arrangement[free]]
        starting = free[rng.random(len(free)) < chance * self.corona[month]]
        start = self._days(rng, month, len(starting))
        end = start + durations(rng, self.activering["duur_maanden"], len(starting))
        pop.activering_until[starting] = end
        log.add("traject", person=starting,
                instrument=np.full(len(starting), INSTRUMENTS.index("activering"), np.int8),
                start=start, end=end, loonwaarde=np.full(len(starting), -1, np.int16))

    def _deeltijd(self, rng, pop, month, stayers, log):
        first = self.calendar.starts[month]
        free = stayers[pop.deeltijd_until[stayers] < first]
        chance = per_arrangement(self.deeltijd["kans"])[pop.arrangement[free]]
        starting = free[rng.random(len(free)) < chance * self._factor(pop, free, month)]
        start = self._days(rng, month, len(starting))
        end = start + durations(rng, self.deeltijd["duur_maanden"], len(starting))
        pop.deeltijd_until[starting] = end
        low, high = self.deeltijd["netto_inkomsten_per_maand"]
        log.add("deeltijdwerk", person=starting, start=start, end=end,
                inkomsten=np.round(rng.uniform(low, high, len(starting)), 2))

    def _contacts(self, rng, pop, month, stayers, log):
        arrangement = pop.arrangement[stayers]
        rate = self.contact_rate[arrangement] * np.where(
            arrangement == 3, np.where(self.werkbeweging[month] > 1, self.contact_wb, 1.0), 1.0
        )
        counts = rng.poisson(rate)
        who = np.repeat(stayers, counts)
        kanaal = rng.choice(len(KANALEN), size=len(who), p=self.kanaal_p[month]).astype(np.int8)
        log.add("contact", person=who, coach=pop.coach[who], day=self._days(rng, month, len(who)),
                kanaal=kanaal)

    def _medisch(self, rng, pop, month, stayers, log):
        chance = per_arrangement(self.medisch["kans"])[pop.arrangement[stayers]]
        who = stayers[rng.random(len(stayers)) < chance]
        low, high = self.medisch["doorlooptijd_dagen"]
        asked = self._days(rng, month, len(who))
        log.add("medisch", person=who, asked=asked,
                advised=asked + rng.integers(low, high + 1, len(who)).astype(np.int32))

    def _plaatsingen_tijdens(self, rng, pop, month, stayers, log):
        chance = per_arrangement(self.plaatsing["kans_tijdens_uitkering"])
        who = stayers[rng.random(len(stayers)) < chance[pop.arrangement[stayers]]
                      * self._factor(pop, stayers, month)]
        self._log_plaatsing(rng, who, self._days(rng, month, len(who)),
                            self.plaatsing["soort_tijdens_uitkering"], log)

    def _log_plaatsing(self, rng, who, day, soorten: dict, log):
        keys, p = distribution(soorten)
        codes = np.array([SOORTEN.index(k) for k in keys], dtype=np.int8)
        log.add("plaatsing", person=who, day=day,
                werkgever=rng.integers(0, self.werkgevers, len(who)).astype(np.int32),
                soort=codes[rng.choice(len(keys), size=len(who), p=p)])

    def _ontmoetingen(self, rng, pop, month, stayers, log):
        year = int(self.calendar.years[month])
        spec = self.ontmoetingen.get(year) or self.ontmoetingen.get(str(year))
        count = rng.poisson(spec["aantal"] * self.scale / 12)
        pool = max(1, min(self.werkgevers, int(round(spec["werkgevers"] * self.scale))))
        if not count or not len(stayers):
            return
        who = stayers[rng.integers(0, len(stayers), count)]
        in_3 = stayers[pop.arrangement[stayers] == 3]
        if len(in_3):
            from_3 = rng.random(count) < self.ontmoetingen["arrangement_3"]
            who = np.where(from_3, in_3[rng.integers(0, len(in_3), count)], who)
        log.add("ontmoeting", person=who, day=self._days(rng, month, count),
                werkgever=rng.integers(0, pool, count).astype(np.int32))

    def at_exit(self, rng, pop: Population, who, end, reason, log: Log) -> None:
        """Work outflow brings loonkostensubsidie (arrangement 2, some 3) and plaatsingen."""
        werk = reason == WERK
        leavers, day = who[werk], end[werk]
        arrangement = pop.arrangement[leavers]
        lks = rng.random(len(leavers)) < per_arrangement(self.lks["kans_bij_uitstroom_werk"])[arrangement]
        low = np.zeros(5, np.int16)
        high = np.zeros(5, np.int16)
        for key, (lo, hi) in self.lks["loonwaarde"].items():
            low[int(key)], high[int(key)] = lo, hi
        arr = arrangement[lks]
        loonwaarde = (low[arr] + rng.random(len(arr)) * (high[arr] - low[arr] + 1)).astype(np.int16)
        log.add("traject", person=leavers[lks],
                instrument=np.full(lks.sum(), INSTRUMENTS.index("loonkostensubsidie"), np.int8),
                start=day[lks], end=day[lks] + durations(rng, self.lks["duur_maanden"], lks.sum()),
                loonwaarde=loonwaarde)
        placed = rng.random(len(leavers)) < self.plaatsing["kans_bij_uitstroom_werk"]
        self._log_plaatsing(rng, leavers[placed], day[placed],
                            self.plaatsing["soort_bij_uitstroom"], log)
