# SPDX-License-Identifier: EUPL-1.2
"""Half-open periods [start, end) and quarters: the one notion of time used everywhere.

`end` is the first day *without* the thing ("beëindigd per"); None means still running.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta


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


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        match = _QUARTER.match(text.strip())
        if not match:
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
        return self.next().first_day - timedelta(days=1)

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


def quarters_between(first: Quarter, last: Quarter) -> list[Quarter]:
    result, current = [], first
    while current <= last:
        result.append(current)
        current = current.next()
    return result


def age_on(birth_date: date, day: date) -> int:
    """Completed years on `day` (a person born on 29 February ages on 1 March)."""
    had_birthday = (day.month, day.day) >= (birth_date.month, birth_date.day)
    return day.year - birth_date.year - (0 if had_birthday else 1)
