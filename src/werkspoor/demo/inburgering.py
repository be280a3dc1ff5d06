# SPDX-License-Identifier: EUPL-1.2
"""Inburgering in the demo city from the Wet inburgering 2021 on: asielstatushouders are the
bijstand's statushouders whose benefit starts then; gezinsmigranten and others are new
residents without a benefit. Each gets a PIP with a leerroute and, in time, an end."""

from __future__ import annotations

from datetime import date

import numpy as np

from .params import day_number
from .tables import codes, iso
from .themes import INBURGERING, ThemeContext, by_year, days_in_year, draw, year_of

DAYS_PER_MONTH = 30.44


def _asiel(context: ThemeContext, rng, start: int) -> tuple[np.ndarray, np.ndarray]:
    """(inwoner ids, start days) of statushouders whose first Participatiewet benefit starts
    on or after `start`, the share of the parameters, 0-45 days after the benefit."""
    inwoner = context.tables["inwoner"]
    statushouder = np.zeros(context.max_inwoner_id + 1, dtype=bool)
    statushouder[np.asarray(inwoner["id"], dtype=np.int64)] = np.asarray(
        inwoner["statushouder"], dtype=bool
    )
    people, starts, _ = context.pw_benefits
    order = np.lexsort((starts, people))
    first = order[np.r_[True, people[order][1:] != people[order][:-1]]]
    people, starts = people[first], starts[first]  # one per resident, ordered by id
    chosen = (
        statushouder[people]
        & (starts >= start)
        & (rng.random(people.size) < context.spec["inburgering"]["asiel_deelname"])
    )
    people, starts = people[chosen], starts[chosen]
    days = starts + rng.integers(0, 46, people.size)
    keep = days <= context.last_day
    return people[keep], days[keep]


def inburgeringen(context: ThemeContext) -> dict:
    spec, rng = context.spec["inburgering"], context.rng(INBURGERING)
    start = day_number(spec["van"])
    asiel_people, asiel_days = _asiel(context, rng, start)
    groups = [(asiel_people, asiel_days, "asiel")]
    for doelgroep, key in (("gezin", "gezin_per_jaar"), ("overig", "overig_per_jaar")):
        years = range(date.fromisoformat(str(spec["van"])).year, int(year_of(context.last_day)) + 1)
        days = np.concatenate(
            [days_in_year(rng, y, context.scaled(spec[key]), context.last_day) for y in years]
        )
        people = context.minima.add(days, ages=(20, 45), inburgeraar=True)
        groups.append((people, days, doelgroep))
    people = np.concatenate([g[0] for g in groups])
    days = np.concatenate([g[1] for g in groups])
    doelgroep = np.concatenate([np.full(g[0].size, g[2], dtype=object) for g in groups])
    order = np.lexsort((people, days))
    people, days, doelgroep = people[order], days[order], doelgroep[order]
    n = days.size
    median = by_year(spec["pip_mediaan_dagen"], year_of(days))
    pip = days + np.maximum(7, rng.lognormal(np.log(median), 0.35)).astype(np.int64)
    route = np.empty(n, dtype=object)
    for group, shares in spec["route"].items():
        chosen = doelgroep == group
        route[chosen] = draw(rng, shares, int(chosen.sum()))
    low, high = spec["maanden_tot_einde"]
    einde = (pip + rng.uniform(low, high, n) * DAYS_PER_MONTH).astype(np.int64)
    resultaat = draw(rng, spec["resultaat"], n)
    last = context.last_day
    einde[(einde > last) | (pip > last)] = -1
    resultaat[einde == -1] = ""
    route[pip > last] = ""
    pip[pip > last] = -1
    return {
        "id": np.arange(1, n + 1),
        "external_id": codes("IB", n),
        "inwoner_id": people,
        "startdatum": iso(days),
        "doelgroep": doelgroep,
        "pip_datum": iso(pip, nullable=True),
        "route": route,
        "einddatum": iso(einde, nullable=True),
        "resultaat": resultaat,
    }
