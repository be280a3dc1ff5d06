# SPDX-License-Identifier: EUPL-1.2
"""The month-by-month simulation of the demo city: one numpy Generator, one loop over the
108 months, every step vectorised over the residents of that month."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .activities import Activities
from .parameters import NO_END, Calendar, calendar_of, day_number
from .population import BenefitDynamics, Coaching, Log, Population, inflow, initial_stock


@dataclass
class City:
    params: dict
    scale: float
    calendar: Calendar
    population: Population
    log: Log
    coaching: Coaching
    werkgevers: int
    wijken: tuple[str, ...]

    @property
    def data_end(self) -> int:
        """The first day outside the simulation: anything ending on or after it is running."""
        return day_number(self.calendar.end)


def wijk_shares(params: dict, gemeente) -> np.ndarray:
    """The share of residents per wijk of the configured municipality (equal if unknown)."""
    known = params["stad"]["wijken"].get(str(gemeente.code)) or {}
    weights = np.array([float(known.get(wijk, 0.0)) for wijk in gemeente.wijken])
    if weights.sum() <= 0:
        weights = np.ones(len(gemeente.wijken))
    return weights / weights.sum()


def simulate(params: dict, seed: int, scale: float, gemeente) -> City:
    rng = np.random.default_rng(seed)
    calendar = calendar_of(params)
    stad, dienst = params["stad"], params["dienstverlening"]
    shares = wijk_shares(params, gemeente)
    werkbeweging = calendar.per_quarter_range(dienst["werkbeweging"], "factor")
    coaching = Coaching.for_wijken(round(dienst["werkcoaches"]["aantal"] * scale), shares)
    werkgevers = max(1, round(params["werkgevers"]["werkgevers"] * scale))
    dynamics = BenefitDynamics(params, calendar, werkbeweging)
    activities = Activities(params, calendar, werkbeweging, werkgevers, scale)
    inflow_per_month = (
        calendar.per_year(stad["jaren"], "instroom") / 12
        * calendar.per_quarter_range(stad["kwartaalfactoren"], "instroom")
    )
    expected = stad["beginbestand"]["aantal"] + inflow_per_month.sum()
    population, log = Population(int(expected * scale * 1.1) + 64), Log()

    first = population.add(**initial_stock(rng, params, scale, calendar, shares))
    population.coach[first] = coaching.draw(rng, population.wijk[first])
    for month in range(calendar.months):
        _simulate_month(rng, month, population, log, dynamics, activities, coaching)
        newcomers = population.add(
            **inflow(rng, params, scale, calendar, month, shares, inflow_per_month)
        )
        population.coach[newcomers] = coaching.draw(rng, population.wijk[newcomers])
    _close_running_periods(population, log)
    return City(params, scale, calendar, population, log, coaching, werkgevers,
                tuple(gemeente.wijken))


def _simulate_month(rng, month, pop: Population, log: Log, dynamics, activities, coaching):
    first = dynamics.calendar.starts[month]
    active = pop.active_index()
    who, end, reason = dynamics.exits(rng, pop, month, active[pop.start[active] < first])
    pop.end[who], pop.reason[who], pop.active[who] = end, reason, False
    _close(log, pop, who, end, arrangement=True, coach=True)
    activities.at_exit(rng, pop, who, end, reason, log)

    stayers = pop.active_index()
    movers, new_arrangement = dynamics.arrangement_changes(rng, pop, month, stayers)
    _close(log, pop, movers, np.full(len(movers), first, np.int32), arrangement=True)
    pop.arrangement[movers], pop.arrangement_since[movers] = new_arrangement, first
    switchers = dynamics.coach_changes(rng, pop, month, stayers)
    _close(log, pop, switchers, np.full(len(switchers), first, np.int32), coach=True)
    pop.coach[switchers] = coaching.draw_other(rng, pop.wijk[switchers], pop.coach[switchers])
    pop.coach_since[switchers] = first
    activities.month(rng, pop, month, stayers, log)


def _close(log: Log, pop: Population, who, end, arrangement=False, coach=False) -> None:
    if arrangement:
        log.add("arrangement", person=who, arrangement=pop.arrangement[who],
                start=pop.arrangement_since[who], end=end)
    if coach:
        log.add("toewijzing", person=who, coach=pop.coach[who], start=pop.coach_since[who],
                end=end)


def _close_running_periods(pop: Population, log: Log) -> None:
    running = pop.active_index()
    _close(log, pop, running, np.full(len(running), NO_END, np.int32), arrangement=True, coach=True)
