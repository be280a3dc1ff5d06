# SPDX-License-Identifier: EUPL-1.2
"""Employers of the demo city, their vacancies, meetings with job seekers and placements."""

from __future__ import annotations

import numpy as np

from .activities import Activities


def employers(builder, sectors, sector_words, titels) -> dict:
    spec, rng, names = builder.p["werkgevers"], builder.rng, builder.p.names
    n = max(1, int(round(spec["aantal"] * builder.scale)))
    sector = np.array(sectors, dtype=object)[rng.integers(0, len(sectors), n)]
    surname = np.array(names["achternamen"], dtype=object)[
        rng.integers(0, len(names["achternamen"]), n)
    ]
    builder.n_werkgevers = n
    vacatures = _vacatures(builder, n, sector, titels)
    from .tables import codes

    return {
        "werkgever": {
            "id": builder._ids(n),
            "external_id": codes("G", n),
            "naam": [
                f"{s} {sector_words[sec]} {i}"
                for i, (s, sec) in enumerate(zip(surname, sector, strict=True), 1)
            ],
            "sector": sector,
        },
        "vacature": vacatures,
    }


def _vacatures(builder, n_employers, sector, titels) -> dict:
    from .tables import codes, iso

    rng, p = builder.rng, builder.p
    years = len(p.month_starts) / 12
    count = rng.poisson(p["werkgevers"]["vacatures_per_werkgever_per_jaar"] * years, n_employers)
    employer = np.repeat(np.arange(n_employers), count)
    start = rng.integers(p.first_day, p.last_day, employer.size)
    end = start + rng.integers(30, 120, employer.size)
    end = np.where(end > p.last_day, -1, end)
    m = employer.size
    return {
        "id": builder._ids(m),
        "external_id": codes("V", m),
        "werkgever_id": (employer + 1),
        "titel": [f"{titels[i % len(titels)]} {sector[e]}" for i, e in enumerate(employer)],
        "startdatum": iso(start),
        "einddatum": iso(end, nullable=True),
        "aantal": rng.integers(1, 4, m),
        "uren_per_week": rng.choice([16, 24, 32, 36], m),
    }


def meetings_and_placements(builder) -> dict:
    from .tables import codes, iso

    rng, pop, spec = builder.rng, builder.pop, builder.p["werkgevers"]
    activities: Activities = builder.r.activities
    meet = activities.ontmoetingen.table()
    n_meet = meet["person"].size

    werk = np.flatnonzero((pop.reden == 0) & (rng.random(pop.size) < spec["plaatsing_bij_werk"]))
    # A placement shortly before the work exit, not before the registry's first day.
    werk_day = np.maximum(pop.start[werk], pop.end[werk] - 1 - rng.integers(0, 21, werk.size))
    werk_day = np.maximum(werk_day, builder.p.first_day)
    dtw = activities.deeltijdwerk_table
    from_dtw = rng.random(dtw["person"].size) < spec["plaatsing_bij_deeltijd"]
    person = np.concatenate([werk, dtw["person"][from_dtw]])
    day = np.concatenate([werk_day, dtw["start"][from_dtw]])
    n = person.size
    # A few employers hire most: a Zipf-like weighting over the employer list.
    weights = 1.0 / np.arange(1, builder.n_werkgevers + 1) ** 0.8
    employer = rng.choice(builder.n_werkgevers, n, p=weights / weights.sum())
    soort = builder._draw(spec["plaatsing_soort"], n)
    return {
        "ontmoeting": {
            "id": builder._ids(n_meet),
            "external_id": codes("O", n_meet),
            "werkgever_id": (meet["werkgever"] + 1),
            "inwoner_id": (meet["person"] + 1),
            "datum": iso(meet["day"]),
        },
        "plaatsing": {
            "id": builder._ids(n),
            "external_id": codes("P", n),
            "werkgever_id": (employer + 1),
            "inwoner_id": (person + 1),
            "vacature_id": [None] * n,
            "datum": iso(day),
            "soort": soort,
        },
    }
