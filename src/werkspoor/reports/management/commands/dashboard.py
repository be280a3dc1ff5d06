# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor dashboard 2021Q4`: the quarter's Dashboard and Monitor as HTML and PDF."""

from django.core.management.base import BaseCommand, CommandError

from werkspoor.core.periods import Quarter
from werkspoor.reports.services import latest_complete_quarter, write_report


class Command(BaseCommand):
    help = "Schrijf het Dashboard en de Monitor van een kwartaal (HTML en PDF, A4)."

    def add_arguments(self, parser):
        parser.add_argument(
            "kwartaal",
            nargs="?",
            help="bijvoorbeeld 2021Q4; standaard het laatste volledige kwartaal",
        )
        parser.add_argument(
            "--uit", help="map voor de bestanden (standaard data/rapporten/<kwartaal>/)"
        )

    def handle(self, *args, **options):
        kwartaal = self._quarter(options["kwartaal"])
        for path in write_report(kwartaal, options["uit"]):
            self.stdout.write(str(path))

    def _quarter(self, text):
        if text:
            try:
                return Quarter.parse(text)
            except ValueError as error:
                raise CommandError(f"{error}.", returncode=2) from error
        quarter = latest_complete_quarter()
        if quarter is None:
            raise CommandError(
                "De registratie is leeg; bouw eerst de demostad (werkspoor demo).", returncode=2
            )
        return quarter
