# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor demo`: build the synthetic demo city into the configured database."""

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Bouw de demostad (synthetische inwoners 2017-2025) in de database; vervangt wat er staat."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--seed", type=int, default=2017, help="startgetal (zelfde seed = zelfde stad)"
        )
        parser.add_argument(
            "--scale", type=float, default=1.0, help="schaal van de bevolking (40 = landelijk)"
        )

    def handle(self, *args, seed, scale, **options):
        if seed < 0:
            raise CommandError(f"--seed moet 0 of groter zijn, niet {seed}.", returncode=2)
        if not 0 < scale <= 100:
            raise CommandError(
                f"--scale moet groter dan 0 en hoogstens 100 zijn, niet {scale}.", returncode=2
            )
        from werkspoor.core.audit.keys import demo_key_notice
        from werkspoor.demo.calibration import format_figures, measure
        from werkspoor.demo.calibration_themes import format_theme_figures, measure_themes
        from werkspoor.demo.city import build_city

        self.stdout.write(f"Demostad bouwen (seed {seed}, schaal {scale:g}) ...")
        report = build_city(seed=seed, scale=scale)
        total = sum(report.rows.values())
        seconds = report.simulate_seconds + report.write_seconds
        self.stdout.write(
            f"{total:_} rijen in {seconds:.1f} s (simuleren {report.simulate_seconds:.1f} s, "
            f"schrijven {report.write_seconds:.1f} s)".replace("_", ".")
        )
        self.stdout.write(format_figures(measure()))
        self.stdout.write(format_theme_figures(measure_themes()))
        self.stdout.write(demo_key_notice())
