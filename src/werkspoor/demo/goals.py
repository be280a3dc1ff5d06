# SPDX-License-Identifier: EUPL-1.2
"""Inwonerplan goals: who gets a plan, which goals, and how they end."""

from __future__ import annotations

import numpy as np

DAYS_PER_MONTH = 30.44


def _year_of(days: np.ndarray) -> np.ndarray:
    return (np.datetime64("1970-01-01", "D") + days.astype("timedelta64[D]")).astype(
        "datetime64[Y]"
    ).astype(int) + 1970


def goals(params, rng: np.random.Generator, pop) -> dict:
    first, last = params.first_day, params.last_day
    chance_by_year = params["inwonerplan_kans"]
    new = pop.start >= first
    plan_start = np.where(
        new, pop.start + rng.integers(14, 90, pop.size), first + rng.integers(0, 730, pop.size)
    )
    plan_start = np.maximum(plan_start, pop.start + 1)
    years = np.clip(_year_of(plan_start), min(chance_by_year), max(chance_by_year))
    chance = np.vectorize(chance_by_year.get)(years)
    benefit_end = np.where(pop.end == -1, np.iinfo(np.int64).max, pop.end)
    has_plan = (rng.random(pop.size) < chance) & (plan_start < benefit_end) & (plan_start <= last)

    people = np.flatnonzero(has_plan)
    counts = rng.choice([1, 2, 3], people.size, p=[0.5, 0.35, 0.15])
    person = np.repeat(people, counts)
    start = plan_start[person] + rng.integers(0, 30, person.size)
    keep = (start < benefit_end[person]) & (start <= last)
    person, start = person[keep], start[keep]

    soort = _soort(params, rng, pop.arrangement[person])
    duration = np.maximum(30, rng.exponential(params["doel_duur_maanden"], person.size) * DAYS_PER_MONTH)
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
    statusdatum = np.where(still_active, start, end)
    return {"person": person, "soort": soort, "start": start, "status": status,
            "statusdatum": statusdatum}


def _soort(params, rng, arrangement: np.ndarray) -> np.ndarray:
    result = np.empty(arrangement.size, dtype=object)
    for value, shares in params["doelsoort_per_arrangement"].items():
        members = np.flatnonzero(arrangement == value)
        keys = np.array(list(shares), dtype=object)
        probs = np.array(list(shares.values()), dtype=float)
        result[members] = keys[rng.choice(len(keys), members.size, p=probs / probs.sum())]
    return result
