# SPDX-License-Identifier: EUPL-1.2
"""Synthetic identities and households: names, BSNs, household types, children, target groups."""

from __future__ import annotations

import numpy as np

from .params import DemoParams

BSN_WEIGHTS = np.array([9, 8, 7, 6, 5, 4, 3, 2, -1])
DAYS_PER_YEAR = 365.25


def synthetic_bsns(rng: np.random.Generator, n: int) -> np.ndarray:
    """Unique nine-digit numbers from the 9-series that pass the elfproef. They are drawn at
    random for an invented city; none is looked up or meant to match a real person."""
    found = np.empty(0, dtype=np.int64)
    while found.size < n:
        candidates = rng.integers(900_000_000, 1_000_000_000, max(1000, (n - found.size) * 14))
        digits = (candidates[:, None] // 10 ** np.arange(8, -1, -1)) % 10
        valid = candidates[(digits @ BSN_WEIGHTS) % 11 == 0]
        found = np.concatenate([found, valid])
        _, first = np.unique(found, return_index=True)
        found = found[np.sort(first)]
    return found[:n]


def synthetic_bsns_except(rng: np.random.Generator, n: int, taken: set[str]) -> list[str]:
    """`n` synthetic BSNs (nine-digit text) of which none is in `taken`. The first draw is `n`
    plus 2% of `taken` plus 100 numbers (the draw the demo city is calibrated with); in a
    large city more than that share is taken (at scale 40: 18%), and the rest is drawn again."""
    chosen: list[str] = []
    spare = len(taken) // 50 + 100
    while len(chosen) < n:
        wanted = n - len(chosen)
        already = set(chosen)
        drawn = (f"{v:09d}" for v in synthetic_bsns(rng, wanted + spare))
        chosen += [b for b in drawn if b not in taken and b not in already][:wanted]
        spare = wanted + 100
    return chosen


def _draw(rng, shares: dict, n: int) -> np.ndarray:
    keys = np.array(list(shares))
    probs = np.array(list(shares.values()), dtype=float)
    return keys[rng.choice(len(keys), n, p=probs / probs.sum())]


def households(
    params: DemoParams, rng: np.random.Generator, birth: np.ndarray, last_day: int
) -> dict:
    """Per resident: identity, household and target-group facts; and the children."""
    n = birth.size
    spec = params["huishouden"]
    kind = _draw(rng, spec["type"], n)
    kostendelers = np.ones(n, dtype=np.int64)
    alone = kind == "alleenstaande"
    kostendelers[alone] = _draw(rng, spec["kostendelers_alleenstaande"], int(alone.sum())).astype(
        np.int64
    )
    groups = params["doelgroepen"]
    statushouder = rng.random(n) < groups["statushouder"]
    inburgeraar = (statushouder & (rng.random(n) < 0.6)) | (
        rng.random(n) < groups["inburgeraar_extra"]
    )
    override = np.where(
        rng.random(n) < params["werkdienstverlening_afwijkend"],
        np.where(rng.random(n) < 0.7, "plus", "basis"),
        "",
    )
    names = params.names
    return {
        "voornaam": np.array(names["voornamen"])[rng.integers(0, len(names["voornamen"]), n)],
        "achternaam": np.array(names["achternamen"])[rng.integers(0, len(names["achternamen"]), n)],
        "bsn": synthetic_bsns(rng, n),
        "huishoudtype": kind,
        "aantal_kostendelers": kostendelers,
        "structurele_arbeidsbeperking": rng.random(n) < groups["structurele_arbeidsbeperking"],
        "inburgeraar": inburgeraar,
        "statushouder": statushouder,
        "werkdienstverlening_override": override,
        "kinderen": _children(rng, spec, kind, birth, last_day),
    }


def _children(rng, spec, kind, birth, last_day) -> dict:
    has_children = (kind == "alleenstaande_ouder") | (
        (kind == "gehuwden") & (rng.random(kind.size) < spec["kinderen_gehuwden"])
    )
    parents = np.flatnonzero(has_children)
    counts = rng.choice([1, 2, 3], parents.size, p=[0.45, 0.35, 0.20])
    parent = np.repeat(parents, counts)
    parent_age = rng.uniform(20, 42, parent.size)
    child_birth = birth[parent] + (parent_age * DAYS_PER_YEAR).astype(np.int64)
    born = child_birth <= last_day
    return {"parent": parent[born], "birth": child_birth[born]}
