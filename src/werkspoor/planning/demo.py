# SPDX-License-Identifier: EUPL-1.2
"""Appointments and to-dos for the demo city (definitions/demo/werkplek.yaml), around its
last day, for residents with a running benefit and a werkcoach. Own random stream."""

from __future__ import annotations

from datetime import time, timedelta

import numpy as np

from werkspoor.demo.werkplek import PLANNING, draw, stream, werkplek_params
from werkspoor.registry.models import Toewijzing
from werkspoor.registry.services import latest_registered_day, running_on

from .models import Afspraak, AfspraakStatus, Taak


def _coached_residents(day):
    return list(
        Toewijzing.objects.filter(running_on(day), running_on(day, "inwoner__uitkeringen__"))
        .order_by("inwoner_id")
        .values_list("inwoner_id", "werkcoach_id", "werkcoach__naam", "inwoner__wijk")
    )


def _afspraken(rng, spec, rows, day) -> list[Afspraak]:
    n = len(rows)
    made = []
    for kind, chance, (low, high), sign in (
        ("komend", spec["gepland_kans"], spec["dagen_vooruit"], 1),
        ("eerder", spec["eerder_kans"], spec["dagen_terug"], -1),
    ):
        chosen = np.flatnonzero(rng.random(n) < chance)
        offsets = rng.integers(low, high + 1, chosen.size) * sign
        soorten = draw(rng, spec["soort"], chosen.size)
        hours = rng.integers(spec["uren"][0], spec["uren"][1] + 1, chosen.size)
        halves = rng.integers(0, 2, chosen.size) * 30
        extra = rng.random(chosen.size) < 0.25
        who = rng.integers(0, len(spec["met_extra"]), chosen.size)
        topic = rng.integers(0, len(spec["onderwerpen"]), chosen.size)
        status = (
            np.full(chosen.size, AfspraakStatus.GEPLAND, dtype=object)
            if kind == "komend"
            else draw(rng, spec["status_eerder"], chosen.size)
        )
        for j, i in enumerate(chosen):
            inwoner_id, coach_id, coach_naam, wijk = rows[i]
            met = f"werkcoach {coach_naam}"
            if extra[j]:
                met += f" en {spec['met_extra'][who[j]]}"
            soort = soorten[j]
            made.append(
                Afspraak(
                    inwoner_id=inwoner_id,
                    werkcoach_id=coach_id,
                    datum=day + timedelta(days=int(offsets[j])),
                    tijd=time(int(hours[j]), int(halves[j])),
                    soort=soort,
                    met=met,
                    locatie={
                        "kantoor": f"Wijkbureau {wijk}",
                        "huisbezoek": "bij de inwoner thuis",
                    }.get(soort, ""),
                    onderwerp=spec["onderwerpen"][topic[j]],
                    status=status[j],
                )
            )
    return made


def _taken(rng, spec, rows, day) -> list[Taak]:
    n = len(rows)
    made = []
    for chosen, done in (
        (np.flatnonzero(rng.random(n) < spec["open_kans"]), False),
        (np.flatnonzero(rng.random(n) < spec["afgerond_kans"]), True),
    ):
        due = rng.integers(spec["vervaldagen"][0], spec["vervaldagen"][1] + 1, chosen.size)
        what = rng.integers(0, len(spec["omschrijvingen"]), chosen.size)
        age = rng.integers(7, 40, chosen.size)
        for j, i in enumerate(chosen):
            inwoner_id, coach_id, _, _ = rows[i]
            created = day - timedelta(days=int(age[j]))
            vervaldatum = day + timedelta(days=int(due[j]))
            made.append(
                Taak(
                    inwoner_id=inwoner_id,
                    werkcoach_id=coach_id,
                    omschrijving=spec["omschrijvingen"][what[j]],
                    vervaldatum=max(vervaldatum, created),
                    aangemaakt_op=created,
                    afgerond_op=min(day, max(created, vervaldatum)) if done else None,
                )
            )
    return made


def add_planning(sender=None, seed: int = 2017, **kwargs) -> dict[str, int]:
    """Connected to `demo_city_built`."""
    day = latest_registered_day()
    if day is None:
        return {"afspraken": 0, "taken": 0}
    spec = werkplek_params()
    rng = stream(seed, PLANNING)
    rows = _coached_residents(day)
    afspraken = Afspraak.objects.bulk_create(_afspraken(rng, spec["afspraken"], rows, day), 5000)
    taken = Taak.objects.bulk_create(_taken(rng, spec["taken"], rows, day), 5000)
    return {"afspraken": len(afspraken), "taken": len(taken)}
