# SPDX-License-Identifier: EUPL-1.2
"""Load test of the public Dashboard: p95 latency of the pages anyone may open (a quarter's
Dashboard, the Monitor's pages, whole years, the CSV of a quarter, and periods outside the
horizon that answer 404) under concurrent anonymous users, served by `werkspoor serve`
(gunicorn) on loopback; against a baseline measured in the same run (one user, no load) and
against the old way of serving a cache miss (computing the quarter's figures on request).
Target: p95 < 300 ms. Pages read precomputed figures; this runs `werkspoor voorbereken
--als-nodig --zonder-pdf` first.

    WERKSPOOR_VANDAAG=2025-12-31 .venv/bin/python bench/bench_dashboard.py \
        [--users 50] [--seconds 60]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.bench_web import (  # noqa: E402
    WERKSPOOR,
    percentile,
    report,
    run_load,
    start_server,
    stop_server,
)

PAGES = ("", "monitor/", "monitor/uitstroom/", "monitor/doelgroepen/", "cijfers.csv")


def urls(base: str, quarters: list[str], rng: random.Random) -> tuple[str, str]:
    roll = rng.random()
    quarter = rng.choice(quarters)
    if roll < 0.05:
        return "404", f"{base}/dashboard/{rng.choice(['2099Q4', '9999Q4', '1990Q1'])}/"
    if roll < 0.10:
        return "jaren", f"{base}/dashboard/jaren/"
    page = rng.choice(PAGES)
    kind = "dashboard" if page == "" else ("csv" if page.endswith(".csv") else "monitor")
    return kind, f"{base}/dashboard/{quarter}/{page}"


def timed(session, url) -> float:
    started = time.perf_counter()
    response = session.get(url, timeout=30)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code not in (200, 404):
        raise RuntimeError(f"{url}: HTTP {response.status_code}")
    return elapsed


def cache_miss_seconds() -> float:
    """What a page cost when a quarter's figures were computed on request (the old way)."""
    code = (
        "import os, time; os.environ.setdefault('DJANGO_SETTINGS_MODULE', "
        "'werkspoor.conf.settings'); import django; django.setup(); "
        "from werkspoor.core.periods import Quarter; "
        "from werkspoor.indicators.services import published_cells; "
        "t = time.perf_counter(); published_cells(Quarter(2017, 1), Quarter(2021, 4)); "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, default=3.0)
    parser.add_argument("--port", type=int, default=8291)
    args = parser.parse_args()
    subprocess.run([str(WERKSPOOR), "voorbereken", "--als-nodig", "--zonder-pdf"], check=True)
    base = f"http://127.0.0.1:{args.port}"
    server = start_server(args.port, [], "/dashboard/indicatoren/")
    try:
        session = requests.Session()
        latest = session.get(base + "/dashboard/", timeout=30).url.rstrip("/").split("/")[-1]
        page = session.get(f"{base}/dashboard/{latest}/", timeout=30).text
        quarters = sorted(set(q for q in page.split('<option value="')[1:] for q in [q[:6]]))
        print(f"kwartalen met cijfers: {quarters[0]} t/m {quarters[-1]} ({len(quarters)})")
        for _ in range(3):  # every worker parses its sets once before the clock runs
            for _kind, url in (urls(base, quarters, random.Random(n)) for n in range(40)):
                session.get(url, timeout=30)
        rng = random.Random(1)
        baseline: dict[str, list[float]] = {}
        for _ in range(60):
            kind, url = urls(base, quarters, rng)
            baseline.setdefault(kind, []).append(timed(session, url))
        print("basislijn (1 gebruiker, geen belasting):")
        for kind, values in sorted(baseline.items()):
            print(report(kind, values))
        sessions = [requests.Session() for _ in range(args.users)]
        loaded = run_load(
            sessions, args.seconds, args.think, lambda rng, _user: urls(base, quarters, rng), timed
        )
        errors = loaded.pop("fouten")
        loaded.pop("soorten")
        load = f"{args.users} gelijktijdige gebruikers, denktijd ~{args.think:g} s"
        print(f"belast ({load}, {args.seconds:g} s):")
        for kind, values in sorted(loaded.items()):
            print(report(kind, values))
        everything = [v for values in loaded.values() for v in values]
        p95 = percentile(everything, 95)
        total = len(everything)
        rate = total / args.seconds
        print(f"  alle verzoeken n={total} p95={p95:.1f} ms; fouten {errors}; {rate:.1f}/s")
        print(f"  doel p95 < 300 ms: {'gehaald' if p95 < 300 else 'NIET gehaald'}")
        miss = cache_miss_seconds()
        print(
            f"ter vergelijking, de oude weg (cijfers van 2017Q1-2021Q4 rekenen bij een verzoek): "
            f"{miss:.1f} s, {miss * 1000 / p95:.0f}x de p95 nu"
        )
    finally:
        stop_server(server)


if __name__ == "__main__":
    main()
