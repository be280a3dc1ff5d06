# SPDX-License-Identifier: EUPL-1.2
"""Benchmark: every indicator, every quarter 2017-2025 and every year (`--per jaar`), every
breakdown, with the DuckDB engine; against a straightforward Django ORM implementation (one
query per quarter and wijk) of four of the same definitions, run in the same process.
Prints the ratio.

Usage (own database, replaced!):
  WERKSPOOR_DATABASE_URL=sqlite:////tmp/bench.sqlite3 python bench/bench_indicators.py --scale 40
Uses the demo city (`werkspoor demo --scale N`) when that command exists, else the quick
synthetic registry of bench/synthetic_registry.py; --keep reuses what is in the database."""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkspoor.conf.settings")
os.environ["WERKSPOOR_VOORBEREKENEN"] = "0"  # no precomputation for the web app after the demo

import django  # noqa: E402

django.setup()

from django.core.management import call_command, get_commands  # noqa: E402
from django.db.models import Count  # noqa: E402

from werkspoor.core.periods import Quarter, Year, quarters_between  # noqa: E402
from werkspoor.indicators.disclosure import apply_disclosure  # noqa: E402
from werkspoor.indicators.engine import Engine  # noqa: E402
from werkspoor.registry.models import Inwoner, Uitkering  # noqa: E402
from werkspoor.registry.services import running_on  # noqa: E402

VAN, TOT = Quarter(2017, 1), Quarter(2025, 4)
COMPARED = [
    "bijstand.bestand",
    "bijstand.instroom",
    "bijstand.uitstroom",
    "bijstand.uitstroom_werk",
]


def build(scale: float) -> str:
    call_command("migrate", verbosity=0)
    if "demo" in get_commands():
        call_command("demo", scale=scale, verbosity=0)
        return "demostad (werkspoor demo)"
    from bench.synthetic_registry import fill

    fill(scale)
    return "synthetisch register (bench/synthetic_registry.py)"


def orm_baseline(quarters) -> dict:
    """The four definitions the plain way: ORM counts per quarter, in total and per wijk."""
    result = {}
    pw = Uitkering.objects.filter(regeling="PW")
    for q in quarters:
        sets = {
            "bijstand.bestand": pw.filter(running_on(q.last_day)),
            "bijstand.instroom": pw.filter(startdatum__range=(q.first_day, q.last_day)),
            "bijstand.uitstroom": pw.filter(einddatum__range=(q.first_day, q.last_day)),
            "bijstand.uitstroom_werk": pw.filter(
                einddatum__range=(q.first_day, q.last_day), reden_beeindiging="werk"
            ),
        }
        for indicator, queryset in sets.items():
            result[(indicator, str(q), "")] = queryset.count()
            for row in queryset.values("inwoner__wijk").annotate(n=Count("id")):
                result[(indicator, str(q), f"wijk\x1f{row['inwoner__wijk']}")] = row["n"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1)
    parser.add_argument("--keep", action="store_true", help="use the data already in the database")
    args = parser.parse_args()
    if not args.keep:
        started = time.perf_counter()
        source = build(args.scale)
        print(f"gegevens: {source}, scale {args.scale}, {time.perf_counter() - started:.1f} s")
    print(f"inwoners: {Inwoner.objects.count():,}; uitkeringen: {Uitkering.objects.count():,}")

    started = time.perf_counter()
    engine = Engine()
    loaded = time.perf_counter()
    cells = engine.compute(VAN, TOT)
    computed = time.perf_counter()
    from werkspoor.indicators.catalogue import catalogue

    apply_disclosure(cells, catalogue(), 10)
    done = time.perf_counter()
    years_started = time.perf_counter()
    year_cells = engine.compute(Year(VAN.year), Year(TOT.year))
    years_computed = time.perf_counter()
    apply_disclosure(year_cells, catalogue(), 10)
    years_done = time.perf_counter()
    print(f"rekenkern, alle indicatoren {VAN}-{TOT}, alle uitsplitsingen: {len(cells):,} cellen")
    print(
        f"  laden {loaded - started:.1f} s + tijdlijn en rekenen {computed - loaded:.1f} s"
        f" + onthulling {done - computed:.1f} s = {done - started:.1f} s"
    )
    print(f"  en per jaar ({VAN.year}-{TOT.year}, --per jaar): {len(year_cells):,} cellen")
    print(
        f"  rekenen {years_computed - years_started:.1f} s + onthulling "
        f"{years_done - years_computed:.1f} s = {years_done - years_started:.1f} s"
    )
    total = done - started + years_done - years_started
    print(f"  samen {total:.1f} s (eis: < 60 s; streven 30 s)")

    quarters = quarters_between(VAN, TOT)
    started = time.perf_counter()
    engine_subset = engine.compute(VAN, TOT, COMPARED)
    engine_time = time.perf_counter() - started
    started = time.perf_counter()
    baseline = orm_baseline(quarters)
    orm_time = time.perf_counter() - started
    engine.close()
    ours = {(c.indicator, c.periode, c.sleutel): c.waarde for c in engine_subset}
    mismatches = [k for k, v in baseline.items() if ours.get(k, 0) != v]
    what = f"{len(COMPARED)} indicatoren x {len(quarters)} kwartalen"
    print(f"vergelijking, {what}, totaal en per wijk:")
    print(
        f"  ORM per kwartaal {orm_time:.2f} s; rekenkern (alle uitsplitsingen) {engine_time:.2f} s"
        f"; verhouding ORM/rekenkern {orm_time / engine_time:.1f}x"
    )
    print(f"  gelijke uitkomsten: {len(baseline) - len(mismatches)} van {len(baseline)}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    print(f"piekgeheugen van dit proces: {peak:.1f} GiB")


if __name__ == "__main__":
    main()
