# SPDX-License-Identifier: EUPL-1.2
"""Legal terms as dated data (`termijnen.yaml` of the municipality): the value that applies
to an event on a given day, and the last day within the term. The work lists show these
deadlines; the indicator engine reads the same values as its `termijn` table."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import yaml

from .gemeente import GemeenteConfigError, gemeente_dir
from .werkdagen import werkdag_na

EENHEDEN = ("dagen", "werkdagen", "jaren")


@dataclass(frozen=True)
class Termijn:
    code: str
    naam: str
    eenheid: str
    waarde: int
    van: date
    tot: date | None  # the next value's `van`; None: still in force
    bron: str

    def uiterste_dag(self, start: date) -> date:
        """The last day within the term counted from `start` (which itself does not count)."""
        if self.eenheid == "dagen":
            return start + timedelta(days=self.waarde)
        if self.eenheid == "werkdagen":
            return werkdag_na(start, self.waarde)
        return add_years(start, self.waarde)

    @property
    def omschrijving(self) -> str:
        return f"{self.waarde} {self.eenheid}"


def add_years(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February in a common year."""
    year = day.year + years
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


def _parse(path, code: str, spec: dict) -> list[Termijn]:
    if spec.get("eenheid") not in EENHEDEN:
        raise GemeenteConfigError(
            f"{path.name}, termijn '{code}': eenheid moet een van {', '.join(EENHEDEN)} zijn."
        )
    values = sorted(spec["waarden"], key=lambda v: v["van"])
    if not values:
        raise GemeenteConfigError(f"{path.name}, termijn '{code}': geen waarden.")
    result = []
    for index, value in enumerate(values):
        tot = values[index + 1]["van"] if index + 1 < len(values) else None
        result.append(
            Termijn(
                code=code,
                naam=spec["naam"],
                eenheid=spec["eenheid"],
                waarde=int(value["waarde"]),
                van=value["van"],
                tot=tot,
                bron=" ".join(str(value["bron"]).split()),
            )
        )
    return result


@cache
def _load(key: str) -> dict[str, list[Termijn]]:
    path = gemeente_dir(key) / "termijnen.yaml"
    if not path.exists():
        raise GemeenteConfigError(f"De termijnen ontbreken: {path}.")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {code: _parse(path, code, spec) for code, spec in data.items()}


def alle_termijnen() -> dict[str, list[Termijn]]:
    from django.conf import settings

    return _load(settings.WERKSPOOR_GEMEENTE)


def termijn(code: str, op: date) -> Termijn | None:
    """The value of term `code` for an event on `op`; None before the term existed."""
    try:
        values = alle_termijnen()[code]
    except KeyError:
        raise GemeenteConfigError(f"Onbekende termijn '{code}' in termijnen.yaml.") from None
    for value in values:
        if value.van <= op and (value.tot is None or op < value.tot):
            return value
    return None


@dataclass(frozen=True)
class Deadline:
    """A legal term applied to one event: its last day and the days left on `day`."""

    termijn: Termijn | None
    uiterste_dag: date | None
    dagen_over: int | None

    @classmethod
    def of(cls, code: str, start: date, day: date) -> Deadline:
        found = termijn(code, start)
        if found is None:
            return cls(None, None, None)
        last = found.uiterste_dag(start)
        return cls(found, last, (last - day).days)

    @property
    def verlopen(self) -> bool:
        return self.dagen_over is not None and self.dagen_over < 0

    @property
    def label(self) -> str:
        if self.dagen_over is None:
            return "geen wettelijke termijn"
        if self.dagen_over < 0:
            return f"{_dagen(-self.dagen_over)} te laat"
        if self.dagen_over == 0:
            return "vandaag"
        return f"nog {_dagen(self.dagen_over)}"


def _dagen(n: int) -> str:
    return f"{n} dag" if n == 1 else f"{n} dagen"


def uiterste_dag(code: str, start: date) -> date | None:
    """The last day within term `code` for an event on `start`; None if no term applies."""
    found = termijn(code, start)
    return found.uiterste_dag(start) if found else None
