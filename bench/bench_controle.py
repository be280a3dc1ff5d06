# SPDX-License-Identifier: EUPL-1.2
"""Bench: `werkspoor controle` for one month over the whole bestand (every running PW and IOAW
benefit of the configured database), against calculating households one by one (a sample,
extrapolated), in the same process. Prints households per second and the ratio.

Usage: python bench/bench_controle.py [--maand 2024-07] [--scale N] [--steekproef N]
With --scale the demo city is built first at that scale (replaces the database!); without it
the database is used as it is (build it with `werkspoor demo`).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkspoor.conf.settings")

import django  # noqa: E402

django.setup()

import numpy as np  # noqa: E402

from werkspoor.payments.calculation import Bestand, Registraties, bereken  # noqa: E402
from werkspoor.payments.controle import bereken_maand, controle  # noqa: E402
from werkspoor.rules.system import tax_benefit_system  # noqa: E402


def one_household(berekening, row: int) -> Bestand:
    b = berekening.bestand
    pick = slice(row, row + 1)
    return Bestand(
        b.uitkering_id[pick],
        b.inwoner_id[pick],
        b.regeling[pick],
        b.startdatum[pick],
        b.einddatum[pick],
        b.geboortedatum[pick],
        b.huishoudtype[pick],
        b.kostendelers[pick],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--maand", default="2024-07")
    parser.add_argument("--scale", type=float)
    parser.add_argument("--steekproef", type=int, default=200)
    args = parser.parse_args()
    year, month = (int(p) for p in args.maand.split("-"))
    maand = date(year, month, 1)
    if args.scale:
        from django.core.management import call_command

        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        call_command("demo", scale=args.scale, verbosity=0)
        print(f"demostad schaal {args.scale}: {time.perf_counter() - started:.1f} s")
    tax_benefit_system()  # built once per process, as in the server

    started = time.perf_counter()
    result = controle(maand)
    whole = time.perf_counter() - started

    def dutch(n: float) -> str:
        return f"{n:,.0f}".replace(",", ".")

    print(
        f"controle {args.maand}: {dutch(result.uitkeringen)} uitkeringen van "
        f"{dutch(result.huishoudens)} huishoudens in {whole:.2f} s = "
        f"{dutch(result.huishoudens / whole)} huishoudens/s (lezen, rekenen en vergelijken); "
        f"{len(result.verschillen)} verschillen"
    )
    started = time.perf_counter()
    berekening, _ = bereken_maand(maand)
    vector = time.perf_counter() - started

    sample = min(args.steekproef, len(berekening))
    rows = np.random.default_rng(12).choice(len(berekening), sample, replace=False)
    started = time.perf_counter()
    for row in rows:
        single = bereken(maand, one_household(berekening, int(row)), Registraties())
        assert single.bedrag.size == 1
    per_household = (time.perf_counter() - started) / sample
    one_by_one = per_household * len(berekening)
    print(
        f"basislijn een voor een: {per_household * 1000:.1f} ms per huishouden (steekproef "
        f"{sample}), geëxtrapoleerd {one_by_one:.0f} s; vectorieel (lezen en rekenen) "
        f"{vector:.2f} s: verhouding {one_by_one / vector:.0f}x"
    )


if __name__ == "__main__":
    main()
