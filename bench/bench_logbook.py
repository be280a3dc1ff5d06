# SPDX-License-Identifier: EUPL-1.2
"""Cost of the Logboek Dataverwerkingen per request: writing the lines of one dossier view
(1 resident) and of one caseload page (125 residents) into their chain, against a baseline
measured in the same run (the audit record the same request writes). Uses the configured
database (a built demo city); the lines written are real lines of a bench trace.

    .venv/bin/python bench/bench_logbook.py [--herhalingen 200]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkspoor.conf.settings")


def _timed(function, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _line(label: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return f"  {label:<34} p50={statistics.median(times):6.2f} ms  p95={p95:6.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--herhalingen", type=int, default=200)
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings

    from werkspoor.core import audit, trace
    from werkspoor.core.models import AuditActie
    from werkspoor.logbook import services
    from werkspoor.registry.models import Inwoner

    residents = list(Inwoner.objects.order_by("pk")[:125])
    if len(residents) < 125:
        raise SystemExit("Bouw eerst de demostad (werkspoor demo).")
    print(f"database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}")

    def in_a_trace(function):
        def run():
            with trace.activated(trace.continue_or_start(None)):
                function()

        return run

    runs = {
        "auditrecord (basislijn)": in_a_trace(
            lambda: audit.log(None, AuditActie.DOSSIER_BEKEKEN, residents[0].pk)
        ),
        "logboek, dossier (1 regel)": in_a_trace(
            lambda: services.record("dossier-inzien", residents[:1], "bench: dossier")
        ),
        "logboek, caseload (125 regels)": in_a_trace(
            lambda: services.record("caseload-inzien", residents, "bench: caseload")
        ),
    }
    results = {label: _timed(run, args.herhalingen) for label, run in runs.items()}
    print(f"{args.herhalingen} herhalingen:")
    for label, times in results.items():
        print(_line(label, times))
    base = statistics.median(results["auditrecord (basislijn)"])
    for label in list(results)[1:]:
        print(f"  {label}: {statistics.median(results[label]) / base:.1f}x de basislijn")


if __name__ == "__main__":
    main()
