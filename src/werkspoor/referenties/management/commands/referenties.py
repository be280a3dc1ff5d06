# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor referenties BESTAND`: read a reference-series file into the registry."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = """Lees een bestand met referentiereeksen in (CSV: reeks, gebied, periode, waarde,
eenheid, bron), bijvoorbeeld CBS-cijfers voor Nederland. Een reeks in het bestand vervangt
de opgeslagen reeks met dezelfde reeks en hetzelfde gebied. Afgewezen rijen komen met
regel, kolom en reden in BESTAND.afgewezen.csv (of --afgewezen PAD).

Afsluitcode: 0 alles ingelezen; 1 een of meer rijen afgewezen (de rest is ingelezen);
2 onbruikbaar bestand (ontbreekt, geen UTF-8, kopregel mist een kolom): niets ingelezen."""

    def add_arguments(self, parser):
        parser.add_argument("bestand", type=Path, help="het CSV-bestand")
        parser.add_argument(
            "--afgewezen", type=Path, metavar="PAD", help="schrijf afgewezen rijen hierheen"
        )

    def handle(self, *args, **options):
        from werkspoor.indicators.catalogue import catalogue
        from werkspoor.referenties.services import OnbruikbaarBestand, read, store

        path: Path = options["bestand"]
        if not path.is_file():
            raise CommandError(f"{path} bestaat niet; er is niets ingelezen.", returncode=2)
        try:
            result = read(path.read_bytes(), path.name, {i.id for i in catalogue()})
        except OnbruikbaarBestand as error:
            raise CommandError(f"{error} Er is niets ingelezen.", returncode=2) from error
        stored = store(result)
        self.stdout.write(
            f"{stored} waarde(n) ingelezen in {len(result.reeksen)} reeks(en): "
            + ", ".join(f"{r} ({g})" for r, g in result.reeksen)
        )
        if result.afgewezen:
            rejects = options["afgewezen"] or path.with_name(path.name + ".afgewezen.csv")
            rejects.write_text(result.rejects_csv(), encoding="utf-8")
            raise CommandError(
                f"{len(result.afgewezen)} rij(en) afgewezen; zie {rejects} voor regel, kolom "
                f"en reden.",
                returncode=1,
            )
