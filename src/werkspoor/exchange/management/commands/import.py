# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor import MAP`: read an exchange folder into the registry, row by row."""

from __future__ import annotations

import argparse
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = """Lees een map in het Werkspoor-uitwisselformaat in (zie docs/uitwisselformaat.md).

Rij voor rij: elke geldige rij wordt ingelezen, elke ongeldige rij wordt afgewezen met
bestand, regel, kolom en reden in MAP/afgewezen.csv (of --afgewezen PAD), met de
oorspronkelijke rij erbij. Een rij die verwijst naar een afgewezen rij wordt ook
afgewezen. Bestanden die ontbreken worden niet ingelezen; onbekende kolommen en
bestanden geven een waarschuwing. Zonder --vervang wordt toegevoegd aan wat er staat:
codes die al in de registratie staan zijn dan dubbel en worden afgewezen.

Afsluitcode: 0 alles ingelezen; 1 een of meer rijen afgewezen (de rest is ingelezen);
2 onbruikbare invoer (map ontbreekt, bestand geen UTF-8, kopregel mist een verplichte
kolom): dan is er niets ingelezen."""

    def create_parser(self, prog_name, subcommand, **kwargs):
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        return super().create_parser(prog_name, subcommand, **kwargs)

    def add_arguments(self, parser):
        parser.add_argument("map", type=Path, help="map met de CSV-bestanden")
        parser.add_argument(
            "--vervang",
            action="store_true",
            help="leeg eerst de hele registratie (inwoners, uitkeringen, werkgevers, ...)",
        )
        parser.add_argument(
            "--afgewezen",
            type=Path,
            metavar="PAD",
            help="schrijf de afgewezen rijen hierheen (standaard MAP/afgewezen.csv)",
        )
        parser.add_argument("--stil", action="store_true", help="geen voortgangsbalk")

    def handle(self, *args, **options):
        from werkspoor.core.database import ensure_schema
        from werkspoor.core.signals import registry_changed
        from werkspoor.exchange.importer import ImportAborted, ImportOptions, import_directory
        from werkspoor.exchange.reader import UnusableInput

        ensure_schema()
        import_options = ImportOptions(
            replace=options["vervang"],
            rejects_path=options["afgewezen"],
            progress=not options["stil"],
        )
        try:
            report = import_directory(options["map"], import_options)
        except UnusableInput as error:
            raise CommandError(f"{error} Er is niets ingelezen.", returncode=2) from error
        except ImportAborted as error:
            raise CommandError(str(error), returncode=1) from error
        if report.imported:
            registry_changed.send(sender=self.__class__)
        if options["verbosity"] > 0:
            for line in report.summary():
                self.stdout.write(line)
        if report.rejected:
            raise CommandError(
                f"{report.rejected} rij(en) afgewezen en {report.imported} ingelezen; "
                f"zie {report.rejects_path} voor regel, kolom en reden.",
                returncode=1,
            )
