# SPDX-License-Identifier: EUPL-1.2
"""Working days as the Algemene termijnenwet counts them: Monday to Friday, less the
generally recognised holidays of the municipality's `feestdagen.yaml`. One calendar for the
work lists (a deadline in working days) and for the indicator engine (the `kalender` table).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import yaml

from .gemeente import GemeenteConfigError, gemeente_dir

FIRST_YEAR, LAST_YEAR = 1965, 2099  # the Atw is in force since 1 April 1965
SUNDAY = 6


def easter_sunday(year: int) -> date:
    """Eerste Paasdag in the Gregorian calendar (the anonymous algorithm of 1876)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


@dataclass(frozen=True)
class Feestdag:
    naam: str
    datum: str | None  # "MM-DD"
    pasen: int | None  # days after Eerste Paasdag
    op_zondag: int
    van: date | None
    tot: date | None

    def in_year(self, year: int) -> date | None:
        if self.datum is not None:
            month, day = (int(part) for part in self.datum.split("-"))
            day_in_year = date(year, month, day)
        else:
            day_in_year = easter_sunday(year) + timedelta(days=self.pasen)
        if day_in_year.weekday() == SUNDAY:
            day_in_year += timedelta(days=self.op_zondag)
        if (self.van and day_in_year < self.van) or (self.tot and day_in_year >= self.tot):
            return None
        return day_in_year


def _feestdag(entry: dict, path) -> Feestdag:
    if ("datum" in entry) == ("pasen" in entry):
        raise GemeenteConfigError(
            f"{path.name}: feestdag '{entry.get('naam')}' heeft óf 'datum' (MM-DD) óf 'pasen'."
        )
    return Feestdag(
        naam=entry["naam"],
        datum=entry.get("datum"),
        pasen=entry.get("pasen"),
        op_zondag=int(entry.get("op_zondag", 0)),
        van=entry.get("van"),
        tot=entry.get("tot"),
    )


@cache
def _calendar(key: str) -> tuple[frozenset[date], tuple[Feestdag, ...]]:
    path = gemeente_dir(key) / "feestdagen.yaml"
    if not path.exists():
        raise GemeenteConfigError(f"De feestdagen ontbreken: {path}.")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    rules = tuple(_feestdag(entry, path) for entry in data["feestdagen"])
    days = {rule.in_year(year) for rule in rules for year in range(FIRST_YEAR, LAST_YEAR + 1)}
    days |= {date.fromisoformat(str(d["datum"])) for d in data.get("gelijkgesteld") or []}
    days.discard(None)
    return frozenset(days), rules


def _key() -> str:
    from django.conf import settings

    return settings.WERKSPOOR_GEMEENTE


def feestdagen() -> frozenset[date]:
    """Every holiday from 1965 to 2099."""
    return _calendar(_key())[0]


def feestdag_naam(day: date) -> str | None:
    for rule in _calendar(_key())[1]:
        if rule.in_year(day.year) == day:
            return rule.naam
    return "gelijkgestelde dag" if day in feestdagen() else None


def is_werkdag(day: date) -> bool:
    return day.weekday() < 5 and day not in feestdagen()


def werkdag_na(day: date, count: int) -> date:
    """The `count`-th working day after `day` (`day` itself does not count)."""
    found = day
    while count > 0:
        found += timedelta(days=1)
        if is_werkdag(found):
            count -= 1
    return found


def werkdagen_tussen(first: date, last: date) -> int:
    """Working days d with first < d <= last (0 when last is not after first)."""
    count, day = 0, first
    while day < last:
        day += timedelta(days=1)
        count += is_werkdag(day)
    return count


def kalender_rows(first: date, last: date) -> tuple[list[date], list[bool], list[int]]:
    """(dag, werkdag, werkdagen) for every day first..last: `werkdagen` counts the working
    days from `first` up to and including the day, so that the n-th working day after day a
    is the working day whose count is a's count + n."""
    days, flags, counts = [], [], []
    count, day = 0, first
    while day <= last:
        working = is_werkdag(day)
        count += working
        days.append(day)
        flags.append(working)
        counts.append(count)
        day += timedelta(days=1)
    return days, flags, counts
