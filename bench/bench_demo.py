# SPDX-License-Identifier: EUPL-1.2
"""Benchmark of `werkspoor demo`: time to build the city, rows per table, and a baseline
(the same residents' benefits saved one by one through the ORM, a sample extrapolated).

Usage: python bench/bench_demo.py [--scale 1] [--seed 2017]
Runs against a fresh SQLite file in a temporary folder unless WERKSPOOR_DATABASE_URL is set.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=2017)
    parser.add_argument("--baseline-sample", type=int, default=2000)
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="werkspoor-bench-demo-")
    os.environ.setdefault("WERKSPOOR_DATABASE_URL", f"sqlite:///{Path(tmp) / 'demo.sqlite3'}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkspoor.conf.settings")
    import django

    django.setup()
    from werkspoor.demo.city import build_city

    began = time.perf_counter()
    report = build_city(seed=args.seed, scale=args.scale)
    total_seconds = time.perf_counter() - began
    rows = sum(report.rows.values())
    print(
        f"demostad schaal {args.scale:g}: {rows:,} rijen in {total_seconds:.1f} s "
        f"(simuleren {report.simulate_seconds:.1f} s, schrijven {report.write_seconds:.1f} s)"
    )
    for table, count in sorted(report.rows.items(), key=lambda item: -item[1]):
        print(f"  {table:<20}{count:>12,}")
    per_row_bulk = report.write_seconds / rows
    per_row_orm = _baseline(args.baseline_sample)
    print(
        f"schrijven: bulk {rows / report.write_seconds:,.0f} rijen/s; "
        f"basislijn ORM save() per rij {1 / per_row_orm:,.0f} rijen/s "
        f"(steekproef {args.baseline_sample}, geëxtrapoleerd {per_row_orm * rows:.0f} s); "
        f"verhouding {per_row_orm / per_row_bulk:.1f}x"
    )


def _baseline(sample: int) -> float:
    """Seconds per row to copy `sample` existing benefits one by one with full_clean()+save()."""
    from django.db import transaction

    from werkspoor.registry.models import Inwoner, Uitkering

    source = list(Uitkering.objects.select_related("inwoner")[:sample])
    began = time.perf_counter()
    with transaction.atomic():
        for n, benefit in enumerate(source):
            person = benefit.inwoner
            copy = Inwoner(
                external_id=f"BENCH{n}",
                geboortedatum=person.geboortedatum,
                wijk=person.wijk,
                huishoudtype=person.huishoudtype,
            )
            copy.full_clean()
            copy.save()
            new = Uitkering(
                external_id=f"BENCHU{n}",
                inwoner=copy,
                regeling=benefit.regeling,
                startdatum=benefit.startdatum,
                einddatum=benefit.einddatum,
                reden_beeindiging=benefit.reden_beeindiging,
            )
            new.full_clean()
            new.save()
        transaction.set_rollback(True)
    return (time.perf_counter() - began) / (2 * len(source))


if __name__ == "__main__":
    sys.exit(main())
