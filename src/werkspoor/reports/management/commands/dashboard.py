# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor dashboard 2021Q4`: the quarter's Dashboard and Monitor as HTML and PDF."""

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Schrijf het Dashboard en de Monitor van een kwartaal (HTML en PDF, A4)."

    def add_arguments(self, parser):
        parser.add_argument(
            "kwartaal",
            nargs="?",
            help="bijvoorbeeld 2021Q4; standaard het laatste volledige kwartaal",
        )
        parser.add_argument(
            "--uit",
            metavar="MAP",
            help="map voor de bestanden (standaard data/rapporten/<kwartaal>/)",
        )

    def handle(self, *args, **options):
        from werkspoor.core.periods import Quarter
        from werkspoor.registry.stand import BuitenHorizon
        from werkspoor.reports.services import GeenCijfers, current_or_precompute, write_report

        try:
            stored = current_or_precompute(self.stdout.write)
            text = options["kwartaal"]
            quarter = Quarter.parse(text) if text else stored.horizon.latest_quarter
            for path in write_report(quarter, options["uit"]):
                self.stdout.write(str(path))
        except (ValueError, BuitenHorizon, GeenCijfers) as error:
            raise CommandError(f"{error}.".replace("..", "."), returncode=2) from error
