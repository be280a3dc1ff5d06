# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor indicatoren`: every indicator value per quarter or per year, as JSON or CSV."""

from django.core.management.base import BaseCommand, CommandError

from werkspoor.core.periods import Quarter, Year

SOORTEN = {"kwartaal": Quarter, "jaar": Year}
VOORBEELD = {"kwartaal": "2021Q4", "jaar": "2021"}


def _period(text: str, flag: str, per: str):
    try:
        return SOORTEN[per].parse(text)
    except ValueError as error:
        raise CommandError(f"{flag}: {error} (--per {per}).", returncode=2) from error


def _per(options) -> str:
    """--per as given; without it, years when --van is a year."""
    if options["per"]:
        return options["per"]
    return "jaar" if options["van"].strip().isdigit() else "kwartaal"


class Command(BaseCommand):
    help = (
        "Bereken alle indicatoren per kwartaal of per jaar (JSON of CSV), met onthullingscontrole."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--van", required=True, help="eerste periode: een kwartaal (2019Q1) of een jaar (2019)"
        )
        parser.add_argument(
            "--tot", required=True, help="laatste periode (inclusief): 2021Q4 of 2021"
        )
        parser.add_argument(
            "--per",
            choices=sorted(SOORTEN),
            help="kwartaal of jaar (standaard: wat --van is); een jaar telt een persoon één keer",
        )
        parser.add_argument(
            "--formaat", choices=["json", "csv"], default="json", help="json (standaard) of csv"
        )
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
        from werkspoor.indicators.catalogue import CatalogueError
        from werkspoor.indicators.output import to_csv, to_json
        from werkspoor.indicators.services import published_cells
        from werkspoor.registry.stand import BuitenHorizon, horizon

        per = _per(options)
        van = _period(options["van"], "--van", per)
        tot = _period(options["tot"], "--tot", per)
        if tot < van:
            raise CommandError(f"--tot {tot} ligt vóór --van {van}.", returncode=2)
        if options["drempel"] is not None and options["drempel"] < 0:
            raise CommandError("--drempel is 0 of groter.", returncode=2)
        try:
            for period in (van, tot):
                horizon().check(period)
        except BuitenHorizon as error:
            raise CommandError(str(error), returncode=2) from error
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
