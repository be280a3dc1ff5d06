# SPDX-License-Identifier: EUPL-1.2
"""Bench: the norm and the inkomstenverrekening for a national-size bijstand population in one
vectorised OpenFisca call, against evaluating households one by one (a sample, extrapolated).

The demo city was not available when this was written, so the population is synthetic (seeded):
huishoudtype 60% alleenstaande / 25% alleenstaande ouder / 15% gehuwden; age 18-66 with 5% under
21; A = 1 (85%), 2 (10%), 3-5 (5%); 15% with earnings (EUR 0-1.500 net, vrijlating month 1-12);
3% medisch urenbeperkt. Usage: python bench/bench_rules.py [--huishoudens N] [--steekproef N]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--huishoudens", type=int, default=400_000)
    parser.add_argument("--steekproef", type=int, default=300)
    args = parser.parse_args()

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

    inputs = population(args.huishoudens)
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
