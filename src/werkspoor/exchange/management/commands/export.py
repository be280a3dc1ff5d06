# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor export MAP`: write the whole registry as an exchange folder."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = """Schrijf de hele registratie naar een map in het uitwisselformaat (CSV, UTF-8).

Elk bestand en elke kolom van docs/uitwisselformaat.md, in vaste volgorde, zodat
exporteren, inlezen en opnieuw exporteren dezelfde bestanden geeft. Bestaande bestanden
met dezelfde naam worden overschreven. Let op: de export bevat persoonsgegevens."""

    def add_arguments(self, parser):
        parser.add_argument("map", type=Path, help="map waarin de CSV-bestanden komen")

    def handle(self, *args, **options):
        from werkspoor.core.database import ensure_schema
        from werkspoor.exchange.exporter import export_directory

        directory: Path = options["map"]
        if directory.exists() and not directory.is_dir():
            raise CommandError(f"'{directory}' is een bestand, geen map.", returncode=2)
        ensure_schema()
        try:
            counts = export_directory(directory)
        except OSError as error:
            raise CommandError(
                f"Kan niet schrijven in '{directory}': {error.strerror}.", returncode=2
            ) from error
        if options["verbosity"] > 0:
            for name, count in counts.items():
                self.stdout.write(f"{name:<24}{count:>9} rijen")
            self.stdout.write(
                f"{sum(counts.values())} rijen in {len(counts)} bestanden "
                f"geschreven naar {directory}."
            )
