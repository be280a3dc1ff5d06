# SPDX-License-Identifier: EUPL-1.2
"""Arguments shared by the rules commands, and turning rule errors into one-line CLI errors."""

from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import date

from django.core.management import CommandError

from werkspoor.rules.errors import RegelInvoerFout


# Values are parsed in handle(), not by argparse, so a typo gets the same one-line error.
def parse_datum(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise RegelInvoerFout(f"'{text}' is geen datum; schrijf JJJJ-MM-DD.") from None


def parse_bedrag(text: str, naam: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise RegelInvoerFout(f"'{text}' bij {naam} is geen bedrag in euro.") from None


def parse_getal(text: str | None, naam: str) -> int | None:
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        raise RegelInvoerFout(f"'{text}' bij {naam} is geen heel getal.") from None


def add_datum(parser) -> None:
    parser.add_argument("--datum", required=True, help="peildatum JJJJ-MM-DD")


def add_situatie(parser) -> None:
    add_datum(parser)
    parser.add_argument(
        "--huishouden",
        required=True,
        help="alleenstaande, alleenstaande_ouder of gehuwden",
    )
    parser.add_argument("--leeftijd", required=True, help="leeftijd in hele jaren")
    parser.add_argument("--leeftijd-partner", default=None, help="bij gehuwden")
    parser.add_argument(
        "--kostendelers",
        default="1",
        help="A: personen in de woning die als kostendeler tellen, de inwoner meegeteld",
    )
    parser.add_argument(
        "--met-kinderen",
        action="store_true",
        help="gehuwden met ten laste komende kinderen (voor de jongerennormen)",
    )


def situatie_from(options):
    from werkspoor.rules.calculate import Situatie

    return Situatie(
        huishoudtype=options["huishouden"],
        leeftijd=parse_getal(options["leeftijd"], "--leeftijd"),
        leeftijd_partner=parse_getal(options["leeftijd_partner"], "--leeftijd-partner"),
        kostendelers=parse_getal(options["kostendelers"], "--kostendelers"),
        heeft_kinderen=options["met_kinderen"],
    )


@contextmanager
def dutch_errors():
    try:
        yield
    except RegelInvoerFout as error:
        raise CommandError(str(error), returncode=2) from error


def dump(result: dict) -> str:
    return json.dumps(result, ensure_ascii=False)
