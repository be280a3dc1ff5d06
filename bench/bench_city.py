# SPDX-License-Identifier: EUPL-1.2
"""Benchmark: is one city interactive? At scale 1 (one municipality, ~0.6 M rows) the times a
user waits for: the `werkspoor` start-up, one quarter with every indicator and breakdown,
all 36 quarters, all years, and the precomputation the web app serves from. Targets: start-up
< 0.5 s, one quarter < 1 s, 36 quarters < 3 s of compute (loading the registry apart).

Usage (own database, replaced unless --keep):
  WERKSPOOR_DATABASE_URL=sqlite:////tmp/city.sqlite3 python bench/bench_city.py [--keep]"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkspoor.conf.settings")
os.environ["WERKSPOOR_VOORBEREKENEN"] = "0"  # the precomputation is measured below

WERKSPOOR = Path(sys.executable).with_name("werkspoor")


def startup(command: list[str], repeat: int = 5) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of a command, in seconds. On a
    busy machine the wall time waits for a core; the CPU time is what the command costs."""
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def timed(fn, repeat: int = 1) -> tuple[float, float, object]:
    """Best wall time of `repeat` runs, the processor time of that run (every thread of this
    process: DuckDB's too) and the last result."""
    best, cpu, result = float("inf"), 0.0, None
    for _ in range(repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = fn()
        seconds = time.perf_counter() - started
        if seconds < best:
            best, cpu = seconds, time.process_time() - cpu_started
    return best, cpu, result


def dutch(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def verdict(seconds: float, limit: float) -> str:
    met = "gehaald" if seconds < limit else "NIET gehaald"
    return f"{seconds:.2f} s (doel < {limit:g} s: {met})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", action="store_true", help="use the data already in the database")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    print("werkspoor opstarten (mediaan van 5; wandklok en processortijd):")
    for label, command in (
        ("werkspoor --help            ", [str(WERKSPOOR), "--help"]),
        ("werkspoor indicatoren --help", [str(WERKSPOOR), "indicatoren", "--help"]),
    ):
        seconds, cpu = startup(command)
        print(f"  {label} {verdict(seconds, 0.5)}, processortijd {cpu:.2f} s")

    import django

    django.setup()
    from django.core.management import call_command

    from werkspoor.core.periods import Quarter, Year, periods_between
    from werkspoor.indicators.engine import Engine
    from werkspoor.registry.models import Inwoner
    from werkspoor.registry.stand import horizon
    from werkspoor.reports import store

    if not args.keep:
        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        call_command("demo", scale=1, verbosity=0)
        print(f"demostad schaal 1 gebouwd in {time.perf_counter() - started:.1f} s")
    print(f"inwoners: {dutch(Inwoner.objects.count())}")

    loaded, _cpu, engine = timed(Engine)
    total = sum(engine.row_counts.values())
    print(f"register laden (ADBC -> DuckDB): {loaded:.2f} s, {dutch(total)} rijen")
    quarter = Quarter(2021, 4)
    seconds, cpu, cells = timed(lambda: engine.compute(quarter, quarter), args.repeat)
    print(f"één kwartaal ({quarter}), alle indicatoren, uitsplitsingen: {dutch(len(cells))} cellen")
    print(f"  {verdict(seconds, 1)}  (beste van {args.repeat}), processortijd {cpu:.2f} s")
    quarters = periods_between(Quarter(2017, 1), Quarter(2025, 4))
    seconds, cpu, cells = timed(lambda: engine.compute_periods(quarters), args.repeat)
    print(f"alle {len(quarters)} kwartalen: {dutch(len(cells))} cellen")
    print(f"  {verdict(seconds, 3)}  (beste van {args.repeat}), processortijd {cpu:.2f} s")
    years = periods_between(Year(2017), Year(2025))
    seconds, cpu, cells = timed(lambda: engine.compute_periods(years), args.repeat)
    print(f"alle {len(years)} jaren (--per jaar): {dutch(len(cells))} cellen, {seconds:.2f} s")
    print(f"  processortijd {cpu:.2f} s")
    engine.close()
    started = time.perf_counter()
    batch = store.precompute(horizon())
    print(
        f"vooruitberekening voor de web-app (kwartalen, jaren, jaar tot nu; laden, rekenen, "
        f"onthullingscontrole, opslaan): {time.perf_counter() - started:.1f} s, "
        f"{len(store.periods_within(horizon()))} perioden (batch {batch.pk})"
    )


if __name__ == "__main__":
    main()
