# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor raadsbrief 2021Q4`: the Dashboardbrief to the council as a Word document."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Schrijf de raadsbrief (Dashboardbrief) van een kwartaal als Word-document (.docx)."

    def add_arguments(self, parser):
        parser.add_argument("kwartaal", help="bijvoorbeeld 2021Q4")
        parser.add_argument(
            "--uit",
            metavar="MAP",
            help="map voor het bestand (standaard data/rapporten/<kwartaal>/)",
        )

    def handle(self, *args, **options):
        from werkspoor.core.periods import Quarter
        from werkspoor.registry.stand import BuitenHorizon
        from werkspoor.reports.raadsbrief import build_docx, file_name
        from werkspoor.reports.services import (
            GeenCijfers,
            current_or_precompute,
            figures_for,
            output_dir,
            published_duiding,
        )

        try:
            quarter = Quarter.parse(options["kwartaal"])
            stored = current_or_precompute(self.stdout.write)
            stored.horizon.check(quarter)
        except (ValueError, BuitenHorizon, GeenCijfers) as error:
            raise CommandError(str(error), returncode=2) from error
        folder: Path = output_dir(quarter, options["uit"])
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / file_name(quarter)
        path.write_bytes(build_docx(figures_for(stored, quarter), published_duiding(quarter)))
        self.stdout.write(str(path))
