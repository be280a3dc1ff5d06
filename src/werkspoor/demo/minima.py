# SPDX-License-Identifier: EUPL-1.2
"""Residents of the demo city without a benefit ("minima"): U-pas holders, debt-help clients
and gezinsmigranten. They are added after the simulated bijstand population, with ids that
follow on its own, identities drawn like theirs and BSNs that none of them has."""

from __future__ import annotations

import numpy as np

from .households import households, synthetic_bsns
from .tables import iso

DAYS_PER_YEAR = 365.25
OVERRIDE_REASON = "Afwijking afgesproken met de inwoner (demo)"


class Minima:
    """Collects extra residents (birth day and flags per resident) and, at the end, appends
    them with identities and children to the `inwoner` and `kind` tables."""

    def __init__(self, tables: dict, params, spec: dict, rng: np.random.Generator):
        self.tables, self.params, self.spec, self.rng = tables, params, spec, rng
        # After the last id (re-entry removes some residents, so ids are not 1..n).
        self.first_id = int(np.max(np.asarray(tables["inwoner"]["id"], dtype=np.int64))) + 1
        self.birth: list[np.ndarray] = []
        self.inburgeraar: list[np.ndarray] = []
        wijk_shares = params["wijk_aandeel"]
        self._wijk_probs = np.array([wijk_shares[w] for w in params.gemeente.wijken], float)
        self._wijk_probs /= self._wijk_probs.sum()

    @property
    def size(self) -> int:
        return sum(part.size for part in self.birth)

    def add(self, day: np.ndarray, ages: tuple[float, float] | None = None, inburgeraar=False):
        """One new resident per entry of `day` (the day they come in), aged `ages` (years,
        uniform) or as `minima.leeftijd`; returns their inwoner ids."""
        day = np.asarray(day, dtype=np.int64)
        n = day.size
        if ages is None:
            spec = self.spec["leeftijd"]
            years = np.clip(
                self.rng.normal(spec["gemiddeld"], spec["spreiding"], n), spec["min"], spec["max"]
            )
        else:
            years = self.rng.uniform(*ages, n)
        ids = self.first_id + self.size + np.arange(n)
        self.birth.append(day - (years * DAYS_PER_YEAR).astype(np.int64))
        self.inburgeraar.append(np.full(n, inburgeraar))
        return ids

    def finish(self) -> None:
        """Append the residents (with identity and children) to the tables."""
        if not self.birth:
            return
        birth = np.concatenate(self.birth)
        n = birth.size
        h = households(self.params, self.rng, birth, self.params.last_day)
        inwoner = self.tables["inwoner"]
        taken = np.asarray(inwoner["bsn"]).astype(np.int64)
        bsns = self._fresh_bsns(np.asarray(h["bsn"], dtype=np.int64), taken)
        ids = self.first_id + np.arange(n)
        inburgeraar = np.concatenate(self.inburgeraar)
        override = h["werkdienstverlening_override"]
        new = {
            "id": ids,
            "external_id": _codes_after("I", self.first_id - 1, n),
            "bsn": np.char.zfill(bsns.astype(str), 9),
            "voornaam": h["voornaam"],
            "achternaam": h["achternaam"],
            "geboortedatum": iso(birth),
            "wijk": np.array(self.params.gemeente.wijken, dtype=object)[
                self.rng.choice(len(self._wijk_probs), n, p=self._wijk_probs)
            ],
            "huishoudtype": h["huishoudtype"],
            "aantal_kostendelers": h["aantal_kostendelers"],
            "structurele_arbeidsbeperking": h["structurele_arbeidsbeperking"],
            "inburgeraar": inburgeraar,
            "statushouder": np.zeros(n, dtype=bool),
            "werkdienstverlening_override": override,
            "werkdienstverlening_reden": [OVERRIDE_REASON if o else "" for o in override],
        }
        for column, values in new.items():
            inwoner[column] = _concat(inwoner[column], values)
        kids = h["kinderen"]
        kind = self.tables["kind"]
        first_kid = len(kind["id"]) + 1
        kind["id"] = _concat(kind["id"], first_kid + np.arange(kids["parent"].size))
        kind["inwoner_id"] = _concat(kind["inwoner_id"], ids[kids["parent"]])
        kind["geboortedatum"] = _concat(kind["geboortedatum"], iso(kids["birth"]))

    def _fresh_bsns(self, drawn: np.ndarray, taken: np.ndarray) -> np.ndarray:
        """The drawn BSNs, each one a bijstand resident has already replaced by a new one."""
        clash = np.isin(drawn, taken)
        while clash.any():
            spare = synthetic_bsns(self.rng, int(clash.sum()) + 100)
            spare = spare[~np.isin(spare, taken) & ~np.isin(spare, drawn)]
            replace = np.flatnonzero(clash)[: spare.size]
            drawn[replace] = spare[: replace.size]
            clash = np.isin(drawn, taken)
        return drawn


def _codes_after(prefix: str, offset: int, n: int) -> np.ndarray:
    """Codes numbered on from `offset`, in the width `codes` gives the first ones."""
    width = max(7, len(str(offset + n)))
    numbers = (offset + 1 + np.arange(n)).astype(str)
    return np.char.add(prefix, np.char.zfill(numbers, width))


def _concat(existing, new) -> np.ndarray:
    existing, new = np.asarray(existing), np.asarray(new)
    if existing.dtype.kind == new.dtype.kind and existing.dtype.kind in "iub":
        return np.concatenate([existing, new])
    return np.concatenate([existing.astype(object), new.astype(object)])
