# SPDX-License-Identifier: EUPL-1.2
"""Inwonerplan goals: who gets a plan, which goals follow each other, and how they end."""

from __future__ import annotations

import numpy as np

DAYS_PER_MONTH = 30.44
NEVER = np.iinfo(np.int64).max


def _year_of(days: np.ndarray) -> np.ndarray:
    return (np.datetime64("1970-01-01", "D") + days.astype("timedelta64[D]")).astype(
        "datetime64[Y]"
    ).astype(int) + 1970


def _plan_starts(params, rng, pop) -> tuple[np.ndarray, np.ndarray]:
    """Residents with an inwonerplan and the day it starts: soon after a new benefit, or
    some time after the roll-out for benefits that were already running."""
    first, last = params.first_day, params.last_day
    chance_by_year = params["inwonerplan_kans"]
    new = pop.start >= first
    start = np.where(
        new, pop.start + rng.integers(14, 90, pop.size), first + rng.integers(0, 730, pop.size)
    )
    start = np.maximum(start, pop.start + 1)
    years = np.clip(_year_of(start), min(chance_by_year), max(chance_by_year))
    chance = np.vectorize(chance_by_year.get)(years)
    benefit_end = np.where(pop.end == -1, NEVER, pop.end)
    has_plan = (rng.random(pop.size) < chance) & (start < benefit_end) & (start <= last)
    people = np.flatnonzero(has_plan)
    return people, start[people]


def goals(params, rng: np.random.Generator, pop) -> dict:
    last = params.last_day
    benefit_end = np.where(pop.end == -1, NEVER, pop.end)
    person, start = _plan_starts(params, rng, pop)
    parts = []
    for _ in range(params["doelen_per_plan_max"]):
        open_ = (start < benefit_end[person]) & (start <= last)
        person, start = person[open_], start[open_]
        if person.size == 0:
            break
        goal = _one_goal(params, rng, pop, person, start, benefit_end, last)
        parts.append(goal)
        follow = goal["status"] != "actief"
        person, start = (
            person[follow],
            goal["statusdatum"][follow] + rng.integers(0, 30, follow.sum()),
        )
    return {key: np.concatenate([p[key] for p in parts]) for key in parts[0]}


def _one_goal(params, rng, pop, person, start, benefit_end, last) -> dict:
    soort = _soort(params, rng, pop.arrangement[person])
    duration = np.maximum(
        30, rng.exponential(params["doel_duur_maanden"], person.size) * DAYS_PER_MONTH
    )
    end = start + duration.astype(np.int64)
    ended_by_benefit = end > benefit_end[person]
    end = np.minimum(end, benefit_end[person])
    achieved = np.where(
        ended_by_benefit,
        (soort == "betaald_werk") & (pop.reden[person] == 0),
        rng.random(person.size) < params["doel_behaald_kans"],
    )
    status = np.where(achieved, "behaald", "gestopt").astype(object)
    still_active = end > last
    status[still_active] = "actief"
    return {
        "person": person,
        "soort": soort,
        "start": start,
        "status": status,
        "statusdatum": np.where(still_active, start, end),
    }


def _soort(params, rng, arrangement: np.ndarray) -> np.ndarray:
    result = np.empty(arrangement.size, dtype=object)
    for value, shares in params["doelsoort_per_arrangement"].items():
        members = np.flatnonzero(arrangement == value)
        keys = np.array(list(shares), dtype=object)
        probs = np.array(list(shares.values()), dtype=float)
        result[members] = keys[rng.choice(len(keys), members.size, p=probs / probs.sum())]
    return result
