# SPDX-License-Identifier: EUPL-1.2
"""Vroegsignalen and schuldhulp in the demo city: signals of arrears with the contact that
followed (some leading to a registration), and registrations for debt help with their first
talk, plan, kind of help, end and result. Residents with a benefit, U-pas minima and new
minima take part in the shares of the parameters."""

from __future__ import annotations

from datetime import date

import numpy as np

from .tables import codes, iso
from .themes import (
    SCHULDHULP,
    SIGNALEN,
    ThemeContext,
    WorkingDays,
    by_year,
    days_in_year,
    draw,
    year_of,
)
from .upas import UPasHolders

DAYS_PER_MONTH = 30.44


def _on_benefit(context: ThemeContext, rng, days: np.ndarray) -> np.ndarray:
    """A resident with a running benefit for each day, the running ones taken once per
    month; 0 where nobody runs."""
    people = np.zeros(days.size, dtype=np.int64)
    months = days.astype("datetime64[D]").astype("datetime64[M]")
    for month in np.unique(months):
        idx = np.flatnonzero(months == month)
        running = context.pw_running_on(int(days[idx[0]]))
        if running.size:
            people[idx] = running[rng.integers(running.size, size=idx.size)]
    return people


def _residents(context, rng, days, with_benefit: float, with_pass: float, holders, others):
    """For each day a resident: on benefit (share `with_benefit`), else a U-pas holder
    without benefit (share `with_pass` of the rest), else one of `others(days)`."""
    kind = rng.random(days.size)
    people = np.zeros(days.size, dtype=np.int64)
    benefit = kind < with_benefit
    people[benefit] = _on_benefit(context, rng, days[benefit])
    passes = ~benefit & (kind < with_benefit + (1 - with_benefit) * with_pass)
    people[passes] = holders.sample(rng, days[passes])
    rest = np.flatnonzero(people == 0)
    people[rest] = others(days[rest])
    return people


def _new_residents(context, rng, per_person: float):
    """`others` for `_residents`: new residents, each taking about `per_person` of the days
    (a resident gets several signals over the years)."""

    def others(days: np.ndarray) -> np.ndarray:
        if days.size == 0:
            return np.empty(0, dtype=np.int64)
        count = max(1, int(round(days.size / per_person)))
        first_days = np.sort(rng.choice(days, count, replace=False))
        created = context.minima.add(first_days, ages=(19, 70))
        return created[rng.integers(count, size=days.size)]

    return others


def _years(context: ThemeContext, first: str) -> range:
    return range(date.fromisoformat(str(first)).year, int(year_of(context.last_day)) + 1)


def signalen(context: ThemeContext, holders: UPasHolders) -> dict:
    """The vroegsignaal table; `aanmelding` marks a contact that led to a registration."""
    spec, rng = context.spec["vroegsignalering"], context.rng(SIGNALEN)
    per_year = context.scaled(spec["signalen_per_jaar"])
    days = np.concatenate(
        [days_in_year(rng, y, per_year, context.last_day) for y in _years(context, spec["van"])]
    )
    n = days.size
    new = _new_residents(context, rng, spec["signalen_per_inwoner"])
    people = _residents(
        context, rng, days, spec["met_uitkering"], spec["minima_met_upas"], holders, new
    )
    reach = by_year(spec["bereikt"], year_of(days))
    draw_contact = rng.random(n)
    within = draw_contact < reach
    later = ~within & (draw_contact < reach + spec["later_contact"])
    contact = np.full(n, -1, dtype=np.int64)
    contact[within] = days[within] + rng.integers(0, 29, within.sum())
    contact[later] = days[later] + rng.integers(29, 91, later.sum())
    contact[contact > context.last_day] = -1
    return {
        "id": np.arange(1, n + 1),
        "external_id": codes("VS", n),
        "inwoner_id": people,
        "datum": iso(days),
        "bron": draw(rng, spec["bron"], n),
        "contactdatum": iso(contact, nullable=True),
        "aanmelding": (contact >= 0) & (rng.random(n) < spec["aanmelding_na_contact"]),
        "_contact": contact,
    }


def schuldhulp(context: ThemeContext, holders: UPasHolders) -> dict:
    """The vroegsignaal and schuldhulptraject tables."""
    signals = signalen(context, holders)
    spec, rng = context.spec["schuldhulp"], context.rng(SCHULDHULP)
    via_signal = np.flatnonzero(signals["aanmelding"])
    signal_days = signals.pop("_contact")[via_signal]
    signal_years = year_of(signal_days)
    own = []
    for year in _years(context, spec["van"]):
        n = context.scaled(spec["aanmeldingen_per_jaar"]) - int((signal_years == year).sum())
        own.append(days_in_year(rng, year, max(n, 0), context.last_day))
    own = np.concatenate(own)
    signalled = np.unique(signals["inwoner_id"])

    def others(days: np.ndarray) -> np.ndarray:
        """Residents who had a signal before (share `na_signaal`), the others new."""
        people = np.zeros(days.size, dtype=np.int64)
        from_signals = rng.random(days.size) < spec["na_signaal"]
        people[from_signals] = signalled[rng.integers(signalled.size, size=from_signals.sum())]
        new = ~from_signals
        people[new] = context.minima.add(days[new], ages=(19, 70))
        return people

    own_people = _residents(
        context, rng, own, spec["met_uitkering"], spec["minima_met_upas"], holders, others
    )
    days = np.concatenate([own, signal_days])
    people = np.concatenate([own_people, signals["inwoner_id"][via_signal]])
    source = np.concatenate([np.full(own.size, -1), via_signal])
    course = _course(context, rng, spec, days)
    keep = _without_overlap(people, days, course["einde"])
    signals["aanmelding"][source[~keep & (source >= 0)]] = False
    return {
        "vroegsignaal": signals,
        "schuldhulptraject": _table(
            days[keep], people[keep], {k: v[keep] for k, v in course.items()}
        ),
    }


def _without_overlap(people: np.ndarray, days: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Keep a registration unless the same resident's previous kept one still runs then."""
    order = np.lexsort((days, people))
    keep = np.ones(days.size, dtype=bool)
    repeated = np.flatnonzero(people[order][1:] == people[order][:-1]) + 1
    if repeated.size == 0:
        return keep
    previous_person, running_until = -1, -1
    for position in np.unique(np.concatenate([repeated - 1, repeated])):
        i = order[position]
        if people[i] == previous_person and (running_until == -1 or days[i] < running_until):
            keep[i] = False
            continue
        previous_person, running_until = people[i], ends[i]
    return keep


def _course(context: ThemeContext, rng, spec: dict, days: np.ndarray) -> dict:
    """Spoed, first talk, plan, kind of help, end (-1: none yet) and result of each
    registration; what lies after the city's last day is not known yet."""
    n = days.size
    calendar = WorkingDays(int(days.min()) if n else context.last_day, context.last_day)
    spoed = rng.random(n) < spec["spoed"]
    on_time = rng.random(n) < np.where(
        spoed, spec["tijdig_spoed"], by_year(spec["tijdig"], year_of(days))
    )
    talk = np.where(on_time, days + rng.integers(3, 29, n), days + rng.integers(29, 50, n))
    working = np.where(on_time, rng.integers(1, 4, n), rng.integers(4, 8, n))
    talk[spoed] = calendar.after(days[spoed], working[spoed])
    no_show = rng.random(n) < spec["geen_gesprek"]
    no_plan = ~no_show & (rng.random(n) < spec["geen_plan"])
    plan = talk + rng.integers(7, 46, n)
    soort = np.where(no_plan, "advies", draw(rng, spec["soort"], n)).astype(object)
    months = np.zeros(n)
    for kind, (low, high) in spec["duur_maanden"].items():
        chosen = soort == kind
        months[chosen] = rng.uniform(low, high, chosen.sum())
    einde = (plan + months * DAYS_PER_MONTH).astype(np.int64)
    einde[no_show] = days[no_show] + rng.integers(30, 76, no_show.sum())
    einde[no_plan] = talk[no_plan] + rng.integers(7, 61, no_plan.sum())
    resultaat = np.empty(n, dtype=object)
    for kind, shares in spec["resultaat"].items():
        chosen = soort == kind
        resultaat[chosen] = draw(rng, shares, int(chosen.sum()))
    resultaat[no_show] = "uitgevallen"
    last = context.last_day
    talk[no_show | (talk > last)] = -1
    plan[no_show | no_plan | (plan > last) | (talk == -1)] = -1
    soort[no_show | (talk == -1) | ((plan == -1) & ~no_plan)] = ""
    einde[einde > last] = -1
    resultaat[einde == -1] = ""
    return {
        "spoed": spoed,
        "gesprek": talk,
        "plan": plan,
        "soort": soort,
        "einde": einde,
        "resultaat": resultaat,
    }


def _table(days: np.ndarray, people: np.ndarray, course: dict) -> dict:
    order = np.lexsort((people, days))
    n = days.size
    return {
        "id": np.arange(1, n + 1),
        "external_id": codes("SH", n),
        "inwoner_id": people[order],
        "aanmelddatum": iso(days[order]),
        "spoed": course["spoed"][order],
        "eerste_gesprek": iso(course["gesprek"][order], nullable=True),
        "plan_datum": iso(course["plan"][order], nullable=True),
        "soort": course["soort"][order],
        "einddatum": iso(course["einde"][order], nullable=True),
        "resultaat": course["resultaat"][order],
    }
