# SPDX-License-Identifier: EUPL-1.2
"""The demo city's parameters (definitions/demo/*.yaml) and its calendar of months.

Days are integers (days since 1970-01-01) so that the simulation can work on numpy arrays.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

import numpy as np
import yaml
from django.conf import settings

from werkspoor.core.periods import Quarter

FILES = ("stad", "dienstverlening", "werkgevers", "namen", "ijkpunten")
EPOCH = date(1970, 1, 1)
NO_END = np.iinfo(np.int32).max  # a running period: no einddatum


class DemoConfigError(Exception):
    pass


def day_number(day: date) -> int:
    return (day - EPOCH).days


def from_day_number(number: int) -> date:
    return EPOCH + timedelta(days=int(number))


def load_parameters() -> dict[str, dict]:
    folder = settings.DEFINITIONS_DIR / "demo"
    result = {}
    for name in FILES:
        path = folder / f"{name}.yaml"
        try:
            result[name] = yaml.safe_load(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise DemoConfigError(f"Het parameterbestand {path} ontbreekt.") from None
        except yaml.YAMLError as error:
            raise DemoConfigError(f"{path} is geen geldige YAML: {error}.") from None
    return result


def distribution(mapping: dict) -> tuple[list, np.ndarray]:
    """Keys and normalised probabilities of a {value: weight} mapping (YAML order kept)."""
    keys = list(mapping)
    weights = np.array([float(mapping[key]) for key in keys])
    return keys, weights / weights.sum()


@dataclass(frozen=True)
class Calendar:
    """The simulated months: month m covers [starts[m], starts[m + 1])."""

    start: date
    end: date

    @cached_property
    def month_dates(self) -> list[date]:
        months, current = [], self.start
        while current <= self.end:
            months.append(current)
            current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
        return months

    @property
    def months(self) -> int:
        return len(self.month_dates) - 1

    @cached_property
    def starts(self) -> np.ndarray:
        return np.array([day_number(d) for d in self.month_dates], dtype=np.int32)

    @cached_property
    def years(self) -> np.ndarray:
        return np.array([d.year for d in self.month_dates[:-1]])

    @cached_property
    def quarters(self) -> list[Quarter]:
        return [Quarter.of(d) for d in self.month_dates[:-1]]

    def days_in(self, month: int) -> int:
        return int(self.starts[month + 1] - self.starts[month])

    def per_year(self, mapping: dict, key: str | None = None) -> np.ndarray:
        """A {year: value} (or {year: {key: value}}) mapping as one value per month."""
        def value(year):
            entry = mapping[year] if year in mapping else mapping[str(year)]
            return float(entry[key] if key else entry)

        return np.array([value(int(year)) for year in self.years])

    def per_quarter_range(self, ranges: list[dict], key: str, default: float = 1.0) -> np.ndarray:
        """Factors given for quarter ranges [{van: 2020Q2, tot: 2020Q4, key: ...}] per month."""
        result = np.full(self.months, default, dtype=float)
        for entry in ranges:
            first, last = Quarter.parse(entry["van"]), Quarter.parse(entry["tot"])
            inside = np.array([first <= q <= last for q in self.quarters])
            result[inside] = float(entry[key])
        return result

    def mask_quarter_range(self, first: str, last: str) -> np.ndarray:
        low, high = Quarter.parse(first), Quarter.parse(last)
        return np.array([low <= q <= high for q in self.quarters])


def calendar_of(params: dict) -> Calendar:
    stad = params["stad"]
    return Calendar(start=stad["start"], end=stad["einde"])
