# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor demo [--seed N] [--scale N]`: replace the configured database by the demo city."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from werkspoor.core.database import ensure_schema
from werkspoor.core.signals import demo_city_built
from werkspoor.demo.build import DEFAULT_SEED, build_city
from werkspoor.demo.calibration import measure, summary
from werkspoor.demo.parameters import DemoConfigError

MAX_SCALE = 100


def parse_seed(text: str) -> int:
    try:
        seed = int(text)
    except ValueError:
        raise CommandError(f"--seed moet een geheel getal zijn, niet '{text}'.", returncode=2) from None
    if seed < 0:
        raise CommandError(f"--seed moet 0 of groter zijn, niet {seed}.", returncode=2)
    return seed


def parse_scale(text: str) -> float:
    try:
        scale = float(text)
    except ValueError:
        raise CommandError(f"--scale moet een getal zijn, niet '{text}'.", returncode=2) from None
    if not 0 < scale <= MAX_SCALE:
        raise CommandError(
            f"--scale moet groter dan 0 en hoogstens {MAX_SCALE} zijn, niet {text}.", returncode=2
        )
    return scale


class Command(BaseCommand):
    help = (
        "Bouw de demostad (verzonnen gemeente, 2017-2025) in de geconfigureerde database; "
        "vervangt wat er staat."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", default=str(DEFAULT_SEED),
                            help=f"zaad van de toevalsgenerator (standaard {DEFAULT_SEED})")
        parser.add_argument("--scale", default="1",
                            help="schaal van de bevolking (1 = Utrecht, 40 = landelijk)")

    def handle(self, *args, **options):
        seed, scale = parse_seed(options["seed"]), parse_scale(options["scale"])
        started = time.perf_counter()
        ensure_schema()
        try:
            result = build_city(seed=seed, scale=scale)
        except DemoConfigError as error:
            raise CommandError(str(error), returncode=2) from None
        built = time.perf_counter() - started
        demo_city_built.send(sender=self.__class__, seed=seed, scale=scale)
        self.stdout.write(
            f"Demostad gebouwd (zaad {seed}, schaal {scale:g}): "
            f"{result.total_rows:,}".replace(",", ".") + f" rijen in {built:.1f} s "
            f"({', '.join(f'{k} {v:.1f} s' for k, v in result.seconds.items())})."
        )
        self.stdout.write("IJkcijfers (halfopen perioden, één PW-uitkering per huishouden):")
        for line in summary(measure()):
            self.stdout.write(line)
