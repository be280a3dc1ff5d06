# SPDX-License-Identifier: EUPL-1.2
"""Lazy table columns: numpy arrays stay numpy until the writer converts one batch of rows,
so that a national-size city never holds millions of Python objects at once."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .parameters import NO_END


@dataclass
class Dates:
    """Day numbers shown as ISO dates; NO_END is a running period (None)."""

    days: np.ndarray

    def __len__(self):
        return len(self.days)

    def rows(self, low: int, high: int) -> list:
        days = np.asarray(self.days[low:high], dtype=np.int64)
        running = days == NO_END
        text = np.where(running, 0, days).astype("datetime64[D]").astype(str).astype(object)
        text[running] = None
        return text.tolist()


@dataclass
class Codes:
    """External ids prefix00000001, prefix00000002, ... (deterministic, unlike uuids)."""

    prefix: str
    count: int

    def __len__(self):
        return self.count

    def rows(self, low: int, high: int) -> list:
        return [f"{self.prefix}{number:08d}" for number in range(low + 1, high + 1)]


@dataclass
class Labels:
    """Code values picked by index from a list of labels."""

    labels: list
    index: np.ndarray

    def __len__(self):
        return len(self.index)

    def rows(self, low: int, high: int) -> list:
        return np.asarray(self.labels, dtype=object)[self.index[low:high]].tolist()


@dataclass
class Table:
    model: type
    columns: dict  # attname -> np.ndarray, list, Dates, Codes or Labels (all equally long)

    def __len__(self) -> int:
        return len(next(iter(self.columns.values()))) if self.columns else 0

    def rows(self, low: int, high: int) -> list[list]:
        return [_slice(column, low, high) for column in self.columns.values()]


def _slice(column, low: int, high: int) -> list:
    if isinstance(column, Dates | Codes | Labels):
        return column.rows(low, high)
    if isinstance(column, np.ndarray):
        return column[low:high].tolist()
    return list(column[low:high])


def ids(count: int) -> np.ndarray:
    return np.arange(1, count + 1)
