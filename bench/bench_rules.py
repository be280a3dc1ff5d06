# SPDX-License-Identifier: EUPL-1.2
"""Bench: the norm and the inkomstenverrekening for a national-size bijstand population in one
vectorised OpenFisca call, against evaluating households one by one (a sample, extrapolated).

With --demo the population is every household of the demo city in the configured database
with a running benefit on the peildatum (build it with `werkspoor demo --scale 40` for national
size): household type, ages, children, kostendelers and part-time earnings from the registry.
Without it, a seeded synthetic population: huishoudtype 60% alleenstaande / 25% alleenstaande
ouder / 15% gehuwden; age 18-66 with 5% under 21; A = 1 (85%), 2 (10%), 3-5 (5%); 15% with
earnings (EUR 0-1.500 net, vrijlating month 1-12); 3% medisch urenbeperkt.
Usage: python bench/bench_rules.py [--demo | --huishoudens N] [--steekproef N]
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc
from datetime import date

import numpy as np

PEILDATUM = date(2025, 7, 1)
OUTPUTS = ["bijstandsnorm", "inkomstenvrijlating", "uitkering"]


def population(n: int, seed: int = 40) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    types = rng.choice(
        ["alleenstaande", "alleenstaande_ouder", "gehuwden"], n, p=[0.60, 0.25, 0.15]
    )
    jong = rng.random(n) < 0.05
    leeftijd = np.where(jong, rng.integers(18, 21, n), rng.integers(21, 67, n))
    werkt = rng.random(n) < 0.15
    return {
        "huishoudtype": types,
        "leeftijd": leeftijd,
        "leeftijd_partner": np.where(
            rng.random(n) < 0.05, rng.integers(18, 21, n), rng.integers(21, 67, n)
        ),
        "heeft_kinderen": (types == "alleenstaande_ouder") | (rng.random(n) < 0.5),
        "heeft_kind_onder_12": rng.random(n) < 0.6,
        "aantal_kostendelers": rng.choice([1, 2, 3, 4, 5], n, p=[0.85, 0.10, 0.03, 0.01, 0.01]),
        "netto_inkomsten": np.where(werkt, rng.uniform(0, 1500, n), 0.0),
        "maand_vrijlating": np.where(werkt, rng.integers(1, 13, n), 0),
        "medisch_urenbeperkt": rng.random(n) < 0.03,
    }


def population_from_demo(peildatum: date) -> dict[str, np.ndarray]:
    """The households of the registry with a running benefit on the peildatum."""
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkspoor.conf.settings")
    django.setup()
    import polars as pl
    from django.db import connection

    day = peildatum.isoformat()
    sql = f"""
        SELECT i.id, i.huishoudtype, i.geboortedatum, i.aantal_kostendelers,
               (SELECT MAX(k.geboortedatum) FROM registry_kind k
                 WHERE k.inwoner_id = i.id AND k.geboortedatum <= '{day}') AS jongste_kind,
               (SELECT SUM(d.netto_inkomsten_per_maand) FROM registry_deeltijdwerk d
                 WHERE d.inwoner_id = i.id AND d.startdatum <= '{day}'
                   AND (d.einddatum IS NULL OR d.einddatum > '{day}')) AS netto
        FROM registry_inwoner i JOIN registry_uitkering u ON u.inwoner_id = i.id
        WHERE u.startdatum <= '{day}' AND (u.einddatum IS NULL OR u.einddatum > '{day}')
    """
    with connection.cursor() as cursor:
        cursor.execute(sql)
        frame = pl.DataFrame(
            cursor.fetchall(),
            schema=["id", "huishoudtype", "geboortedatum", "kostendelers", "jongste_kind", "netto"],
            orient="row",
            infer_schema_length=None,
        )
    birth = frame["geboortedatum"].cast(pl.Utf8).str.to_date().to_numpy()
    youngest = frame["jongste_kind"].cast(pl.Utf8).str.to_date().to_numpy()
    peil = np.datetime64(day)
    age = ((peil - birth).astype("timedelta64[D]").astype(int) / 365.25).astype(int)
    child_days = (peil - youngest).astype("timedelta64[D]").astype(float)
    child_age = np.where(np.isnat(youngest), 99, child_days / 365.25)
    netto = frame["netto"].cast(pl.Float64).fill_null(0.0).to_numpy()
    return {
        "huishoudtype": frame["huishoudtype"].to_numpy().astype(str),
        "leeftijd": np.maximum(age, 18),
        "leeftijd_partner": np.maximum(age, 18),
        "heeft_kinderen": child_age < 18,
        "heeft_kind_onder_12": child_age < 12,
        "aantal_kostendelers": frame["kostendelers"].to_numpy(),
        "netto_inkomsten": netto,
        "maand_vrijlating": np.where(netto > 0, 1, 0),
        "medisch_urenbeperkt": np.zeros(len(frame), dtype=bool),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--huishoudens", type=int, default=400_000)
    parser.add_argument("--steekproef", type=int, default=300)
    parser.add_argument("--demo", action="store_true", help="huishoudens uit de demostad")
    args = parser.parse_args()
    demo_inputs = population_from_demo(PEILDATUM) if args.demo else None
    if demo_inputs is not None:
        args.huishoudens = len(demo_inputs["leeftijd"])
        print(f"populatie: {args.huishoudens:,} huishoudens van de demostad op {PEILDATUM}")

    tracemalloc.start()
    started = time.perf_counter()
    from werkspoor.rules.calculate import evaluate
    from werkspoor.rules.system import load_report, tax_benefit_system

    tax_benefit_system()
    load_seconds = time.perf_counter() - started
    load_peak = tracemalloc.get_traced_memory()[1]
    print(
        f"systeem laden (import + parameters + formules): {load_seconds:.2f} s, "
        f"piekgeheugen {load_peak / 2**20:.1f} MiB (bouwen zelf {load_report().seconds:.2f} s)"
    )

    inputs = demo_inputs if demo_inputs is not None else population(args.huishoudens)
    tracemalloc.reset_peak()
    started = time.perf_counter()
    result = evaluate(PEILDATUM, args.huishoudens, inputs, OUTPUTS)
    vector_seconds = time.perf_counter() - started
    vector_peak = tracemalloc.get_traced_memory()[1]
    print(
        f"vectorieel: {args.huishoudens:,} huishoudens in {vector_seconds:.2f} s = "
        f"{args.huishoudens / vector_seconds:,.0f} huishoudens/s, "
        f"piekgeheugen {vector_peak / 2**20:.0f} MiB"
    )
    print(
        f"  totaal bijstand incl. vt: "
        f"EUR {result['uitkering'].astype(float).sum():,.0f} per maand; "
        f"gemiddelde norm EUR {result['bijstandsnorm'].astype(float).mean():,.2f}"
    )

    sample = args.steekproef
    started = time.perf_counter()
    for i in range(sample):
        one = evaluate(PEILDATUM, 1, {k: v[i : i + 1] for k, v in inputs.items()}, OUTPUTS)
        assert abs(float(one["uitkering"][0]) - float(result["uitkering"][i])) < 0.01
    per_household = (time.perf_counter() - started) / sample
    one_by_one = per_household * args.huishoudens
    print(
        f"basislijn een voor een: {per_household * 1000:.2f} ms per huishouden "
        f"(steekproef {sample}), "
        f"geëxtrapoleerd {one_by_one:,.0f} s voor {args.huishoudens:,}"
    )
    print(
        f"verhouding: vectorieel is {one_by_one / vector_seconds:,.0f}x sneller; "
        f"doel < 10 s: {'gehaald' if vector_seconds < 10 else 'NIET gehaald'}"
    )
    print(
        f"max RSS van het proces: "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
    )


if __name__ == "__main__":
    main()
