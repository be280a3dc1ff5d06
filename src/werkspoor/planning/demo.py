# SPDX-License-Identifier: EUPL-1.2
"""Appointments and to-dos for the demo city (definitions/demo/werkplek.yaml), around its
last day, for residents with a running benefit and a werkcoach. Own random stream; written
column by column the way the demo city itself is."""

from __future__ import annotations

import numpy as np

from werkspoor.demo.params import day_number
from werkspoor.demo.tables import iso
from werkspoor.demo.werkplek import PLANNING, draw, stream, werkplek_params
from werkspoor.demo.writer import append_rows
from werkspoor.registry.models import Toewijzing
from werkspoor.registry.services import latest_registered_day, running_on

from .models import Afspraak, AfspraakStatus, Taak


def _coached_residents(day) -> dict[str, np.ndarray]:
    rows = list(
        Toewijzing.objects.filter(running_on(day), running_on(day, "inwoner__uitkeringen__"))
        .order_by("inwoner_id")
        .values_list("inwoner_id", "werkcoach_id", "werkcoach__naam", "inwoner__wijk")
    )
    columns = list(zip(*rows, strict=True)) if rows else [(), (), (), ()]
    return {
        name: np.array(values, dtype=object)
        for name, values in zip(("inwoner", "coach", "naam", "wijk"), columns, strict=True)
    }


def _afspraken(rng, spec, people, today: int) -> dict[str, np.ndarray]:
    n = people["inwoner"].size
    parts = []
    for chance, (low, high), sign, planned in (
        (spec["gepland_kans"], spec["dagen_vooruit"], 1, True),
        (spec["eerder_kans"], spec["dagen_terug"], -1, False),
    ):
        chosen = np.flatnonzero(rng.random(n) < chance)
        m = chosen.size
        soort = draw(rng, spec["soort"], m)
        hours = rng.integers(spec["uren"][0], spec["uren"][1] + 1, m)
        minutes = rng.integers(0, 2, m) * 30
        extras = np.array(spec["met_extra"], dtype=object)
        extra = extras[rng.integers(0, extras.size, m)]
        with_extra = rng.random(m) < 0.25
        met = "werkcoach " + people["naam"][chosen]
        met = np.where(with_extra, met + " en " + extra, met)
        locatie = np.where(
            soort == "kantoor",
            "Wijkbureau " + people["wijk"][chosen],
            np.where(soort == "huisbezoek", "bij de inwoner thuis", ""),
        )
        parts.append(
            {
                "inwoner_id": people["inwoner"][chosen],
                "werkcoach_id": people["coach"][chosen],
                "datum": iso(today + sign * rng.integers(low, high + 1, m)),
                "tijd": np.char.add(
                    np.char.zfill(hours.astype(str), 2),
                    np.char.add(":", np.char.add(np.char.zfill(minutes.astype(str), 2), ":00")),
                ).astype(object),
                "duur_minuten": np.full(m, 45),
                "soort": soort,
                "met": met,
                "locatie": locatie,
                "onderwerp": np.array(spec["onderwerpen"], dtype=object)[
                    rng.integers(0, len(spec["onderwerpen"]), m)
                ],
                "status": (
                    np.full(m, AfspraakStatus.GEPLAND.value, dtype=object)
                    if planned
                    else draw(rng, spec["status_eerder"], m)
                ),
            }
        )
    return {name: np.concatenate([p[name] for p in parts]) for name in parts[0]}


def _taken(rng, spec, people, today: int) -> dict[str, np.ndarray]:
    n = people["inwoner"].size
    parts = []
    for chance, done in ((spec["open_kans"], False), (spec["afgerond_kans"], True)):
        chosen = np.flatnonzero(rng.random(n) < chance)
        m = chosen.size
        due = today + rng.integers(spec["vervaldagen"][0], spec["vervaldagen"][1] + 1, m)
        what = rng.integers(0, len(spec["omschrijvingen"]), m)
        created = today - rng.integers(7, 40, m)
        due = np.maximum(due, created)
        finished = np.minimum(today, np.maximum(created, due)) if done else np.full(m, -1)
        parts.append(
            {
                "inwoner_id": people["inwoner"][chosen],
                "werkcoach_id": people["coach"][chosen],
                "omschrijving": np.array(spec["omschrijvingen"], dtype=object)[what],
                "vervaldatum": iso(due),
                "aangemaakt_op": iso(created),
                "afgerond_op": iso(finished, nullable=True),
            }
        )
    return {name: np.concatenate([p[name] for p in parts]) for name in parts[0]}


def add_planning(sender=None, seed: int = 2017, **kwargs) -> dict[str, int]:
    """Connected to `demo_city_built`."""
    day = latest_registered_day()
    if day is None:
        return {"afspraken": 0, "taken": 0}
    spec = werkplek_params()
    rng = stream(seed, PLANNING)
    people = _coached_residents(day)
    today = day_number(day)
    return {
        "afspraken": append_rows(Afspraak, _afspraken(rng, spec["afspraken"], people, today)),
        "taken": append_rows(Taak, _taken(rng, spec["taken"], people, today)),
    }
