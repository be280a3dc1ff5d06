# SPDX-License-Identifier: EUPL-1.2
"""A quickly filled registry of N x 10,000 synthetic residents for benchmarks only: random
but valid periods, no calibration (the demo city of `werkspoor demo` is the realistic one).
Rows go in with one executemany per table, so scale 40 fills in minutes, not hours."""

from __future__ import annotations

import numpy as np
from django.db import connection, transaction

from werkspoor.employers.models import Ontmoeting, Plaatsing, Werkgever
from werkspoor.registry.models import (
    ArrangementPeriode,
    Contactmoment,
    Deeltijdwerk,
    Doel,
    Inwoner,
    Kind,
    KtoRespons,
    Team,
    Toewijzing,
    Traject,
    Uitkering,
    Werkcoach,
)

RESIDENTS_PER_SCALE = 10_000
FIRST, LAST = np.datetime64("2012-01-01"), np.datetime64("2025-12-31")
WIJKEN = [
    "Binnenstad",
    "Oost",
    "Noordoost",
    "Noordwest",
    "Overvecht",
    "West",
    "Zuidwest",
    "Zuid",
    "Leidsche Rijn",
    "Vleuten-De Meern",
]
WIJK_P = [0.074] * 4 + [0.334] + [0.074] * 5


def _dates(days: np.ndarray) -> list:
    text = (FIRST + days.astype("timedelta64[D]")).astype(str)
    return [None if t == "NaT" else t for t in text.tolist()]


def _insert(model, columns: dict[str, list], chunk=50_000) -> None:
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    n = len(next(iter(columns.values())))
    names, values = [], []
    for field in fields:
        names.append(field.column)
        given = columns.get(field.column)
        values.append(given if given is not None else [field.get_default()] * n)
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(c) for c in names)}) "
        f"VALUES ({', '.join(['%s'] * len(names))})"
    )
    rows = list(zip(*values, strict=True))
    with connection.cursor() as cursor:
        for start in range(0, n, chunk):
            cursor.executemany(sql, rows[start : start + chunk])


def _ids(model) -> list[int]:
    return list(model.objects.order_by("pk").values_list("pk", flat=True))


def fill(scale: float, seed: int = 2017) -> int:
    """Replace the registry by synthetic residents; returns the number of residents."""
    rng = np.random.default_rng(seed)
    n = int(scale * RESIDENTS_PER_SCALE)
    span = int((LAST - FIRST).astype(int))
    with transaction.atomic():
        for model in (
            Contactmoment,
            Ontmoeting,
            Plaatsing,
            Doel,
            Deeltijdwerk,
            Traject,
            Toewijzing,
            ArrangementPeriode,
            Uitkering,
            Kind,
            KtoRespons,
            Inwoner,
            Werkcoach,
            Werkgever,
            Team,
        ):
            model.objects.all().delete()
        team = Team.objects.create(naam="Team Bench")
        coaches = max(1, n // 110)
        _insert(
            Werkcoach,
            {
                "external_id": [f"BW{i}" for i in range(coaches)],
                "naam": [f"Coach {i}" for i in range(coaches)],
                "team_id": [team.pk] * coaches,
            },
        )
        _insert(
            Werkgever,
            {
                "external_id": [f"BG{i}" for i in range(max(1, n // 50))],
                "naam": ["Werkgever"] * max(1, n // 50),
            },
        )
        huishouden = rng.choice(
            ["alleenstaande", "alleenstaande_ouder", "gehuwden"], n, p=[0.6, 0.25, 0.15]
        )
        _insert(
            Inwoner,
            {
                "external_id": [f"BI{i}" for i in range(n)],
                "geboortedatum": _dates(rng.integers(-22_000, -2_600, n)),
                "wijk": rng.choice(WIJKEN, n, p=WIJK_P).tolist(),
                "huishoudtype": huishouden.tolist(),
                "structurele_arbeidsbeperking": (rng.random(n) < 0.1).tolist(),
                "inburgeraar": (rng.random(n) < 0.08).tolist(),
                "statushouder": (rng.random(n) < 0.08).tolist(),
            },
        )
        inwoners = np.array(_ids(Inwoner))
        coach_ids, werkgever_ids = np.array(_ids(Werkcoach)), np.array(_ids(Werkgever))
        ouders = inwoners[huishouden == "alleenstaande_ouder"]
        _insert(
            Kind,
            {
                "inwoner_id": ouders.tolist(),
                "geboortedatum": _dates(rng.integers(-2_500, 3_000, len(ouders))),
            },
        )

        start = rng.integers(0, span - 180, n)
        length = rng.exponential(3 * 365, n).astype(int) + 30
        end = start + length
        running = end > span
        end_days = np.where(running, -(10**6), end)
        reden = rng.choice(
            ["werk", "ander_inkomen", "verhuizing", "opleiding", "overig"],
            n,
            p=[0.35, 0.25, 0.15, 0.1, 0.15],
        )
        ends = [None if r else d for r, d in zip(running, _dates(end_days), strict=True)]
        _insert(
            Uitkering,
            {
                "external_id": [f"BU{i}" for i in range(n)],
                "inwoner_id": inwoners.tolist(),
                "regeling": rng.choice(
                    ["PW", "IOAW", "IOAZ", "BBZ"], n, p=[0.92, 0.05, 0.01, 0.02]
                ).tolist(),
                "startdatum": _dates(start),
                "einddatum": ends,
                "reden_beeindiging": [
                    "" if r else x for r, x in zip(running, reden.tolist(), strict=True)
                ],
            },
        )
        first_arr = rng.choice([1, 2, 3, 4], n, p=[0.25, 0.15, 0.35, 0.25])
        switch = start + (rng.random(n) * np.minimum(length, span - start)).astype(int) + 1
        second_arr = rng.choice([1, 2, 3, 4], n, p=[0.2, 0.15, 0.45, 0.2])
        _insert(
            ArrangementPeriode,
            {
                "inwoner_id": inwoners.tolist() * 2,
                "arrangement": first_arr.tolist() + second_arr.tolist(),
                "startdatum": _dates(start) + _dates(switch),
                "einddatum": _dates(switch) + [None] * n,
            },
        )
        _insert(
            Toewijzing,
            {
                "inwoner_id": inwoners.tolist(),
                "werkcoach_id": rng.choice(coach_ids, n).tolist(),
                "startdatum": _dates(start),
                "einddatum": ends,
            },
        )
        t_start = start + (rng.random(n) * np.minimum(length, span - start)).astype(int)
        _insert(
            Traject,
            {
                "external_id": [f"BT{i}" for i in range(n)],
                "inwoner_id": inwoners.tolist(),
                "instrument": rng.choice(
                    [
                        "scholing",
                        "werkervaringsplek",
                        "werken_met_behoud",
                        "jobcoaching",
                        "activering",
                    ],
                    n,
                ).tolist(),
                "startdatum": _dates(t_start),
                "einddatum": _dates(t_start + rng.integers(60, 270, n)),
            },
        )
        part = rng.random(n) < 0.15
        _insert(
            Deeltijdwerk,
            {
                "inwoner_id": inwoners[part].tolist(),
                "startdatum": _dates(t_start[part] + 10),
                "einddatum": [None] * int(part.sum()),
            },
        )
        reached = rng.random(n) < 0.4
        _insert(
            Doel,
            {
                "external_id": [f"BD{i}" for i in range(n)],
                "inwoner_id": inwoners.tolist(),
                "soort": rng.choice(["werkfit", "opleiding", "betaald_werk"], n).tolist(),
                "startdatum": _dates(start + 30),
                "status": np.where(reached, "behaald", "actief").tolist(),
                "statusdatum": _dates(np.where(reached, start + 230, start + 30)),
            },
        )
        who = rng.integers(0, n, n * 6)
        day = np.minimum(
            start[who]
            + (rng.random(n * 6) * np.minimum(length[who], span - start[who])).astype(int),
            span,
        )
        _insert(
            Contactmoment,
            {
                "external_id": [f"BC{i}" for i in range(n * 6)],
                "inwoner_id": inwoners[who].tolist(),
                "werkcoach_id": [None] * (n * 6),
                "datum": _dates(day),
                "kanaal": rng.choice(
                    ["persoonlijk", "telefonisch", "mail", "driegesprek"], n * 6
                ).tolist(),
            },
        )
        for model, prefix, share in ((Ontmoeting, "BO", 2), (Plaatsing, "BP", 5)):
            k = n // share
            who = rng.integers(0, n, k)
            columns = {
                "external_id": [f"{prefix}{i}" for i in range(k)],
                "werkgever_id": rng.choice(werkgever_ids, k).tolist(),
                "inwoner_id": inwoners[who].tolist(),
                "datum": _dates(np.minimum(start[who] + 60, span)),
            }
            if model is Plaatsing:
                columns["soort"] = ["regulier"] * k
            _insert(model, columns)
        k = n // 10
        _insert(
            KtoRespons,
            {
                "external_id": [f"BK{i}" for i in range(k)],
                "datum": _dates(rng.integers(0, span, k)),
                "thema": rng.choice(["werk", "inkomen", "schuldhulp"], k).tolist(),
                "cijfer": rng.integers(4, 10, k).tolist(),
            },
        )
    return n
