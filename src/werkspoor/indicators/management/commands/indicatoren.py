# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor indicatoren`: every indicator value for a range of quarters, as JSON or CSV."""

from django.core.management.base import BaseCommand, CommandError

from werkspoor.core.periods import Quarter
from werkspoor.indicators.catalogue import CatalogueError
from werkspoor.indicators.output import to_csv, to_json
from werkspoor.indicators.services import published_cells


def _quarter(text: str, flag: str) -> Quarter:
    try:
        return Quarter.parse(text)
    except ValueError as error:
        raise CommandError(f"{flag}: {error}.", returncode=2) from error


class Command(BaseCommand):
    help = "Bereken alle indicatoren per kwartaal (JSON of CSV), met onthullingscontrole."

    def add_arguments(self, parser):
        parser.add_argument("--van", required=True, help="eerste kwartaal, bijvoorbeeld 2019Q1")
        parser.add_argument(
            "--tot", required=True, help="laatste kwartaal (inclusief), bijvoorbeeld 2021Q4"
        )
        parser.add_argument("--formaat", choices=["json", "csv"], default="json")
        parser.add_argument(
            "--drempel",
            type=int,
            default=None,
            help=(
                "kleinste te publiceren groep "
                "(standaard uit de gemeenteconfiguratie; 0 = geen controle)"
            ),
        )
        parser.add_argument(
            "--indicator", action="append", help="alleen deze indicator (herhaalbaar)"
        )

    def handle(self, *args, **options):
        van, tot = _quarter(options["van"], "--van"), _quarter(options["tot"], "--tot")
        if tot < van:
            raise CommandError(f"--tot {tot} ligt vóór --van {van}.", returncode=2)
        if options["drempel"] is not None and options["drempel"] < 0:
            raise CommandError("--drempel is 0 of groter.", returncode=2)
        try:
            cells = published_cells(van, tot, options["drempel"], options["indicator"])
        except CatalogueError as error:
            raise CommandError(f"indicatordefinitie: {error}", returncode=2) from error
        if options["indicator"] and not cells:
            raise CommandError(
                f"onbekende indicator: {', '.join(options['indicator'])}.", returncode=2
            )
        text = to_json(cells) if options["formaat"] == "json" else to_csv(cells)
        self.stdout.write(text, ending="" if text.endswith("\n") else "\n")
