# SPDX-License-Identifier: EUPL-1.2
"""The demo city's parameters: definitions/demo/<gemeente>.yaml, read once and checked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import yaml
from django.conf import settings

from werkspoor.core.gemeente import Gemeente, current_gemeente
from werkspoor.core.periods import Quarter

EPOCH = np.datetime64("1970-01-01", "D")


def day_number(day: date | str) -> int:
    return int((np.datetime64(str(day), "D") - EPOCH).astype(int))


def demo_definitions_dir() -> Path:
    return settings.DEFINITIONS_DIR / "demo"


@dataclass
class DemoParams:
    raw: dict
    gemeente: Gemeente
    names: dict

    def __getitem__(self, key):
        return self.raw[key]

    @property
    def first_day(self) -> int:
        return day_number(self.raw["periode"]["start"])

    @property
    def last_day(self) -> int:
        return day_number(self.raw["periode"]["eind"])

    @property
    def month_starts(self) -> np.ndarray:
        """First day of every simulated month, plus the day after the last one."""
        start = np.datetime64(str(self.raw["periode"]["start"])[:7], "M")
        end = np.datetime64(str(self.raw["periode"]["eind"])[:7], "M") + 1
        months = np.arange(start, end + 1)
        return (months.astype("datetime64[D]") - EPOCH).astype(np.int64)

    def stock_target_per_month_end(self) -> np.ndarray:
        """Participatiewet stock targets at each month end, interpolated between the
        year-end and quarter-end anchors of the YAML."""
        anchors = {self.first_day: self.raw["bestand"]["start"]}
        for year, value in self.raw["bestand"]["jaareinde"].items():
            anchors[day_number(f"{year + 1}-01-01")] = value
        for quarter, value in self.raw["bestand"].get("kwartaaleinde", {}).items():
            anchors[day_number(Quarter.parse(quarter).next().first_day)] = value
        days = np.array(sorted(anchors))
        values = np.array([anchors[d] for d in days], dtype=float)
        return np.interp(self.month_starts[1:], days, values)


def load_params(gemeente: Gemeente | None = None) -> DemoParams:
    gemeente = gemeente or current_gemeente()
    path = demo_definitions_dir() / f"{gemeente.naam.lower()}.yaml"
    if not path.exists():
        path = demo_definitions_dir() / "utrecht.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    names = yaml.safe_load((demo_definitions_dir() / "namen.yaml").read_text(encoding="utf-8"))
    params = DemoParams(raw=raw, gemeente=gemeente, names=names)
    _check_wijken(params, path)
    return params


def _check_wijken(params: DemoParams, path: Path) -> None:
    configured = set(params.gemeente.wijken)
    in_params = set(params["wijk_aandeel"])
    if configured != in_params:
        raise ValueError(
            f"{path}: wijk_aandeel noemt andere wijken dan gemeente {params.gemeente.naam}: "
            f"ontbrekend {sorted(configured - in_params)}, "
            f"onbekend {sorted(in_params - configured)}."
        )
