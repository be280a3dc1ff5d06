# SPDX-License-Identifier: EUPL-1.2
"""The residents of the demo city as growable numpy columns, one benefit per household."""

from __future__ import annotations

import numpy as np

from .params import DemoParams

DAYS_PER_YEAR = 365.25


def ages_at_start(params: DemoParams, rng: np.random.Generator, n: int) -> np.ndarray:
    """Age in days of people who apply for a benefit: a share of young people (under 27),
    the others around 42."""
    spec = params["leeftijd_bij_start"]
    young = rng.random(n) < spec["jongere"]
    years = np.where(
        young,
        rng.uniform(spec["min"], 27, n),
        np.clip(rng.normal(42, 10, n), 27, spec["max"]),
    )
    return (years * DAYS_PER_YEAR).astype(np.int64)


def wijk_probabilities(params: DemoParams) -> np.ndarray:
    """The chance to live in each wijk of the municipality, in its order."""
    shares = params["wijk_aandeel"]
    probs = np.array([shares[w] for w in params.gemeente.wijken], dtype=float)
    return probs / probs.sum()


class Population:
    """Columns per resident; `end` = -1 while the benefit runs, `reden` = -1 while running."""

    COLUMNS = {
        "start": np.int64,
        "end": np.int64,
        "reden": np.int8,
        "regeling": np.int8,
        "arrangement": np.int8,
        "birth": np.int64,
        "wijk": np.int16,
        "coach": np.int32,
    }

    def __init__(self, params: DemoParams, rng: np.random.Generator):
        self.p = params
        self.rng = rng
        self.size = 0
        self._capacity = 0
        self._data = {name: np.empty(0, dtype=dtype) for name, dtype in self.COLUMNS.items()}
        self._wijk_probs = wijk_probabilities(params)

    def __getattr__(self, name):
        """Columns are views of the first `size` rows (writes go through)."""
        data = self.__dict__.get("_data")
        if data is None or name not in data:
            raise AttributeError(name)
        return data[name][: self.size]

    def add(self, starts: np.ndarray, regeling: int, arrangement: np.ndarray) -> np.ndarray:
        n = len(starts)
        self._reserve(self.size + n)
        people = np.arange(self.size, self.size + n)
        self.size += n
        self.start[people] = starts
        self.end[people] = -1
        self.reden[people] = -1
        self.regeling[people] = regeling
        self.arrangement[people] = arrangement
        self.birth[people] = starts - self._ages_at_start(n)
        self.wijk[people] = self.rng.choice(len(self._wijk_probs), n, p=self._wijk_probs)
        self.coach[people] = -1
        return people

    def _ages_at_start(self, n: int) -> np.ndarray:
        return ages_at_start(self.p, self.rng, n)

    def _reserve(self, needed: int):
        if needed <= self._capacity:
            return
        self._capacity = max(needed, int(self._capacity * 1.5) + 1024)
        for name, column in self._data.items():
            grown = np.empty(self._capacity, dtype=column.dtype)
            grown[: self.size] = column[: self.size]
            self._data[name] = grown

    def trim(self):
        self._data = {name: column[: self.size] for name, column in self._data.items()}
        self._capacity = self.size

    def running_before(self, day: int) -> np.ndarray:
        """Benefits that started before `day` and have not ended (during the simulation)."""
        return (self.start < day) & (self.end == -1)

    def running_at_end(self, day: int) -> np.ndarray:
        return self.running_before(day)

    def age_on(self, people: np.ndarray, day) -> np.ndarray:
        return ((np.asarray(day) - self.birth[people]) / DAYS_PER_YEAR).astype(np.int64)
