# SPDX-License-Identifier: EUPL-1.2
"""Synthetic people: Dutch-looking names from definitions/demo/namen.yaml, households with
children, target-group facts, and BSNs from the 9999xxxxx test range that pass the elfproef."""

from __future__ import annotations

import numpy as np

from werkspoor.registry.choices import Huishoudtype

from .parameters import NO_END, distribution
from .population import DAYS_PER_MONTH, Population

BSN_TEST_RANGE = (999_900_000, 1_000_000_000)
ELFPROEF_WEIGHTS = np.array([9, 8, 7, 6, 5, 4, 3, 2, -1])
HUISHOUDTYPES = [choice.value for choice in Huishoudtype]


def test_range_bsns() -> np.ndarray:
    """Every number of the test range 9999xxxxx that passes the elfproef (9,091 of them)."""
    numbers = np.arange(*BSN_TEST_RANGE, dtype=np.int64)
    digits = (numbers[:, None] // 10 ** np.arange(8, -1, -1)) % 10
    return numbers[(digits @ ELFPROEF_WEIGHTS) % 11 == 0]


def names(rng, namen: dict, count: int) -> tuple[list[str], list[str]]:
    first = np.array(namen["voornamen"], dtype=object)
    last = np.array(namen["achternamen"], dtype=object)
    return (
        first[rng.integers(0, len(first), count)].tolist(),
        last[rng.integers(0, len(last), count)].tolist(),
    )


def bsns(rng, count: int) -> list[str | None]:
    """A test-range BSN for a random subset of residents; the range has too few for all."""
    pool = test_range_bsns()
    rng.shuffle(pool)
    result = np.full(count, None, dtype=object)
    holders = rng.permutation(count)[: len(pool)]
    result[holders] = [f"{n:09d}" for n in pool[: len(holders)]]
    return result.tolist()


def households(rng, stad: dict, pop: Population, data_end: int) -> dict:
    """Household type, kostendelers, target-group facts and children for every resident."""
    spec, count = stad["huishoudens"], pop.size
    keys, p = distribution(spec["huishoudtype"])
    kind = np.asarray(keys)[rng.choice(len(keys), size=count, p=p)]
    sharers_keys, sharers_p = distribution(spec["kostendelers"])
    sharers = np.asarray(sharers_keys, dtype=np.int16)[rng.choice(len(sharers_keys), count, p=sharers_p)]
    kostendelers = np.where(kind == "alleenstaande", sharers, 1)
    beperking = np.zeros(5)
    for key, value in spec["structurele_arbeidsbeperking"].items():
        beperking[int(key)] = value
    return dict(
        huishoudtype=kind.tolist(),
        kostendelers=kostendelers.tolist(),
        beperking=(rng.random(count) < beperking[pop.intake_arrangement[:count]]).tolist(),
        inburgeraar=(rng.random(count) < spec["inburgeraar"]).tolist(),
        statushouder=(rng.random(count) < spec["statushouder"]).tolist(),
        children=_children(rng, spec, kind, pop.birth[:count], data_end),
    )


def _children(rng, spec: dict, kind: np.ndarray, parent_birth: np.ndarray, data_end: int):
    """(parent index, birth day) of the children; born when the parent was 19 to 42."""
    chance = np.array([spec["kans_kinderen"][k] for k in HUISHOUDTYPES])
    kind_code = np.searchsorted(np.array(HUISHOUDTYPES), kind)
    has = rng.random(len(kind)) < chance[kind_code]
    count_keys, count_p = distribution(spec["aantal_kinderen"])
    counts = np.where(has, np.asarray(count_keys, int)[rng.choice(len(count_keys), len(kind), p=count_p)], 0)
    parent = np.repeat(np.arange(len(kind)), counts)
    age = rng.uniform(19, 42, len(parent)) * 12 * DAYS_PER_MONTH
    birth = (parent_birth[parent] + age).astype(np.int32)
    keep = birth < data_end
    return parent[keep], birth[keep]


def person_names(rng, namen: dict, count: int) -> list[str]:
    first, last = names(rng, namen, count)
    return [f"{f} {l}" for f, l in zip(first, last, strict=True)]


def werkgever_names(rng, namen: dict, sectors: list[str]) -> list[str]:
    words = namen["bedrijfswoorden"]
    _, last = names(rng, namen, len(sectors))
    before = rng.random(len(sectors)) < 0.5
    result = []
    for sector, surname, first in zip(sectors, last, before, strict=True):
        word = words[sector][int(rng.integers(0, len(words[sector])))]
        surname = surname[0].upper() + surname[1:]
        result.append(f"{word} {surname}" if first else f"{surname} {word}")
    return result


def running_end(end: np.ndarray, data_end: int) -> np.ndarray:
    """Ends on or after the data date are not known yet: those periods are running."""
    return np.where(end >= data_end, NO_END, end).astype(np.int32)
