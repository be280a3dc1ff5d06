# SPDX-License-Identifier: EUPL-1.2
"""What a search text asks for: a BSN (nine digits, elfproef), a date of birth, a resident
code or internal number, or (parts of) a name. Pure functions, no database."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from werkspoor.core.bsn import is_valid_bsn

_DUTCH_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_CODE = re.compile(r"^[A-Za-z]{1,4}\d+$")
MIN_NAME_LENGTH = 2


@dataclass(frozen=True)
class Zoekvraag:
    soort: str  # "bsn", "geboortedatum", "code", "nummer", "naam" or "" (nothing to search)
    waarde: object = None
    fout: str = ""

    @property
    def omschrijving(self) -> str:
        return {
            "bsn": "op BSN",
            "geboortedatum": "op geboortedatum",
            "code": "op inwonercode",
            "nummer": "op intern nummer",
            "naam": "op naam",
        }.get(self.soort, "")


def _date(day: int, month: int, year: int) -> Zoekvraag:
    try:
        return Zoekvraag("geboortedatum", date(year, month, day))
    except ValueError:
        return Zoekvraag("", fout="Deze datum bestaat niet; schrijf bijvoorbeeld 03-04-1985.")


def parse(text: str) -> Zoekvraag:
    text = " ".join(text.split())
    if not text:
        return Zoekvraag("")
    compact = text.replace(" ", "").replace(".", "")
    if compact.isdigit():
        if len(compact) == 9:
            if not is_valid_bsn(compact):
                return Zoekvraag("", fout="Dit is geen geldig BSN: het doorstaat de elfproef niet.")
            return Zoekvraag("bsn", compact)
        if len(compact) < 9:
            return Zoekvraag("nummer", int(compact))
        return Zoekvraag("", fout="Een BSN heeft 9 cijfers; dit nummer is te lang.")
    if match := _DUTCH_DATE.match(text):
        day, month, year = (int(g) for g in match.groups())
        return _date(day, month, year)
    if match := _ISO_DATE.match(text):
        year, month, day = (int(g) for g in match.groups())
        return _date(day, month, year)
    if _CODE.match(text):
        return Zoekvraag("code", text)
    if any(c.isdigit() for c in text):
        return Zoekvraag(
            "",
            fout="Zoek op naam, op BSN (9 cijfers), op geboortedatum (dd-mm-jjjj) of op "
            "inwonercode.",
        )
    if len(text) < MIN_NAME_LENGTH:
        return Zoekvraag("", fout="Typ minstens twee letters van de naam.")
    return Zoekvraag("naam", tuple(text.split()))
