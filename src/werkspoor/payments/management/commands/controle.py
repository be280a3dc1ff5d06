# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor controle --maand 2024-07`: the month's payments against the rules."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from werkspoor.rules.errors import RegelInvoerFout


def parse_maand(text: str) -> date:
    try:
        year, month = text.split("-")
        return date(int(year), int(month), 1)
    except ValueError:
        raise CommandError(
            f"--maand: '{text}' is geen maand; schrijf JJJJ-MM, bijvoorbeeld 2024-07.", returncode=2
        ) from None


def parse_tolerantie(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise CommandError(
            f"--tolerantie: '{text}' is geen bedrag in euro.", returncode=2
        ) from None
    if value < 0:
        raise CommandError("--tolerantie is 0 of meer.", returncode=2)
    return value


class Command(BaseCommand):
    help = """Controleer de betalingen van een maand tegen de regels (Participatiewet, IOAW).

Voor elke lopende PW- en IOAW-uitkering berekent de rekenkern van de inkomensregels het
bedrag uit het geregistreerde huishouden en de geregistreerde inkomsten, in één vectoriële
berekening voor het hele bestand. Elk verschil met wat is betaald dat groter is dan de
tolerantie (standaard uit definitions/gemeenten/<gemeente>/controle.yaml) komt in de lijst,
met de regel, de parameter en de bron van het berekende bedrag.

Uitvoer: CSV (of JSON) naar stdout of --uit PAD; een samenvatting op stderr.
Afsluitcode: 0 geen verschillen; 1 verschillen gevonden; 2 onbruikbare invoer."""

    def create_parser(self, prog_name, subcommand, **kwargs):
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        return super().create_parser(prog_name, subcommand, **kwargs)

    def add_arguments(self, parser):
        parser.add_argument(
            "--maand", required=True, help="de maand, JJJJ-MM (bijvoorbeeld 2024-07)"
        )
        parser.add_argument("--tolerantie", help="in euro; standaard uit de gemeenteconfiguratie")
        parser.add_argument("--formaat", choices=["csv", "json"], default="csv")
        parser.add_argument("--uit", type=Path, metavar="PAD", help="schrijf de lijst hierheen")

    def handle(self, *args, **options):
        from werkspoor.payments.controle import controle
        from werkspoor.payments.output import summary, to_csv, to_json

        maand = parse_maand(options["maand"])
        tolerantie = parse_tolerantie(options["tolerantie"])
        try:
            result = controle(maand, tolerantie)
        except RegelInvoerFout as error:
            raise CommandError(str(error), returncode=2) from error
        text = to_json(result) if options["formaat"] == "json" else to_csv(result)
        if options["uit"]:
            options["uit"].write_text(text, encoding="utf-8")
        else:
            self.stdout.write(text, ending="")
        self.stderr.write(summary(result), style_func=lambda text: text)
        if result.verschillen:
            raise CommandError(
                f"{len(result.verschillen)} verschil(len) boven de tolerantie.", returncode=1
            )
