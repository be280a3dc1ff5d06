# SPDX-License-Identifier: EUPL-1.2
"""Half-open periods [start, end) and the reporting periods (quarter, year, year to date):
the one notion of time used everywhere.

`end` is the first day *without* the thing ("beëindigd per"); None means still running.
A reporting period runs from its first to its last day (both included) and has a label:
`2021Q4` (quarter), `2021` (year), `2021Q1-Q3` (the year up to and including a quarter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date | None = None

    def __post_init__(self):
        if self.end is not None and self.end <= self.start:
            raise ValueError(f"einddatum {self.end} ligt niet na startdatum {self.start}")

    def contains(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)

    def overlaps(self, other: Period) -> bool:
        starts_before_other_ends = other.end is None or self.start < other.end
        ends_after_other_starts = self.end is None or other.start < self.end
        return starts_before_other_ends and ends_after_other_starts

    def days(self, until: date) -> int:
        """Length in days, a running period counted up to (not including) `until`."""
        return ((self.end or until) - self.start).days


def is_running(start: date, end: date | None, day: date) -> bool:
    return Period(start, end).contains(day)


_QUARTER = re.compile(r"^(\d{4})[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_YEAR_TO_DATE = re.compile(r"^(\d{4})[Qq]1-[Qq]([1-4])$")

KWARTAAL, JAAR, JAAR_TOT_NU = "kwartaal", "jaar", "jaar_tot_nu"


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int

    kind = KWARTAAL

    @classmethod
    def parse(cls, text: str) -> Quarter:
        match = _QUARTER.match(text.strip())
        if not match or int(match.group(1)) < 1:
            raise ValueError(f"'{text}' is geen kwartaal; schrijf bijvoorbeeld 2021Q4")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        # Not via next(): the last quarter of year 9999 has no next one.
        return date(self.year, 3 * self.number, 31 if self.number in (1, 4) else 30)

    @property
    def period(self) -> Period:
        return Period(self.first_day, self.next().first_day)

    def next(self) -> Quarter:
        return self.shift(1)

    def previous(self) -> Quarter:
        return self.shift(-1)

    def shift(self, quarters: int) -> Quarter:
        index = self.year * 4 + (self.number - 1) + quarters
        return Quarter(index // 4, index % 4 + 1)

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"

    @property
    def sequence(self) -> int:
        """A number that orders the quarters and differs from every other period's."""
        return self.year * 4 + self.number - 1

    def year_earlier(self) -> Quarter:
        return self.shift(-4)

    @property
    def year_to_date(self) -> Quarter | YearToDate | Year:
        """The year from 1 January up to and including this quarter: the quarter itself for
        Q1, the whole year for Q4."""
        if self.number == 1:
            return self
        return YearToDate(self.year, self.number) if self.number < 4 else Year(self.year)


@dataclass(frozen=True, order=True)
class Year:
    year: int

    kind = JAAR

    @classmethod
    def parse(cls, text: str) -> Year:
        match = _YEAR.match(text.strip())
        if not match or int(match.group(1)) < 1:
            raise ValueError(f"'{text}' is geen jaar; schrijf bijvoorbeeld 2021")
        return cls(int(match.group(1)))

    @property
    def first_day(self) -> date:
        return date(self.year, 1, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, 12, 31)

    @property
    def sequence(self) -> int:
        return 100_000 + self.year

    @property
    def quarters(self) -> list[Quarter]:
        return quarters_between(Quarter(self.year, 1), Quarter(self.year, 4))

    def next(self) -> Year:
        return Year(self.year + 1)

    def previous(self) -> Year:
        return Year(self.year - 1)

    def shift(self, years: int) -> Year:
        return Year(self.year + years)

    def year_earlier(self) -> Year:
        return self.previous()

    def __str__(self) -> str:
        return str(self.year)


@dataclass(frozen=True, order=True)
class YearToDate:
    """1 January up to and including quarter `through`: 2 or 3 (through 1 is the quarter
    itself, through 4 the Year)."""

    year: int
    through: int

    kind = JAAR_TOT_NU

    def __post_init__(self):
        if self.through not in (2, 3):
            raise ValueError("een deel van een jaar loopt tot en met Q2 of Q3 (2021Q1-Q3)")

    @classmethod
    def parse(cls, text: str) -> YearToDate:
        match = _YEAR_TO_DATE.match(text.strip())
        if not match or int(match.group(1)) < 1:
            raise ValueError(f"'{text}' is geen deel van een jaar; schrijf bijvoorbeeld 2021Q1-Q3")
        return cls(int(match.group(1)), int(match.group(2)))

    @property
    def first_day(self) -> date:
        return date(self.year, 1, 1)

    @property
    def last_day(self) -> date:
        return Quarter(self.year, self.through).last_day

    @property
    def sequence(self) -> int:
        return 200_000 + self.year * 4 + self.through - 1

    def shift(self, years: int) -> YearToDate:
        return YearToDate(self.year + years, self.through)

    def previous(self) -> YearToDate:
        return self.shift(-1)

    def year_earlier(self) -> YearToDate:
        return self.shift(-1)

    def __str__(self) -> str:
        return f"{self.year}Q1-Q{self.through}"


ReportingPeriod = Quarter | Year | YearToDate


def parse_period(text: str) -> ReportingPeriod:
    """A quarter (2021Q4), a year (2021) or a year to date (2021Q1-Q3)."""
    for kind in (Quarter, Year, YearToDate):
        try:
            return kind.parse(text)
        except ValueError:
            continue
    raise ValueError(
        f"'{text}' is geen periode; schrijf een kwartaal (2021Q4), een jaar (2021) "
        f"of een deel van een jaar (2021Q1-Q3)"
    )


def quarters_between(first: Quarter, last: Quarter) -> list[Quarter]:
    result, current = [], first
    while current <= last:
        result.append(current)
        current = current.next()
    return result


def periods_between(first, last) -> list:
    """Every period of one kind from `first` up to and including `last`."""
    if type(first) is not type(last):
        raise ValueError(f"{first} en {last} zijn geen perioden van dezelfde soort")
    result, current = [], first
    while current <= last:
        result.append(current)
        current = current.shift(1)
    return result


def age_on(birth_date: date, day: date) -> int:
    """Completed years on `day` (a person born on 29 February ages on 1 March)."""
    had_birthday = (day.month, day.day) >= (birth_date.month, birth_date.day)
    return day.year - birth_date.year - (0 if had_birthday else 1)
