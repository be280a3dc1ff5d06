# SPDX-License-Identifier: EUPL-1.2
"""The figures of one quarter's Dashboard and Monitor, taken from the published
(disclosure-controlled) cells: KPI tiles with their changes and the charts' series."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from django.conf import settings

from werkspoor.core.gemeente import current_gemeente
from werkspoor.core.periods import Quarter, quarters_between
from werkspoor.indicators.catalogue import Indicator, catalogue
from werkspoor.indicators.cells import Cel, encode_key

from . import formatting

FIRST_QUARTER = Quarter(2017, 1)
SPARKLINE_QUARTERS = 8
FLOW_QUARTERS = 12


@dataclass(frozen=True)
class Tile:
    indicator: Indicator
    label: str
    value: float | int | None
    text: str
    vs_previous: str
    vs_year: str
    series: list[tuple[str, float | None]]


@cache
def tile_definitions() -> list[dict]:
    path = Path(settings.DEFINITIONS_DIR) / "rapporten" / "dashboard.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["tegels"]


class Figures:
    """Lookup of published cells for the quarter `kwartaal` and the quarters before it."""

    def __init__(self, cells: list[Cel], kwartaal: Quarter):
        self.kwartaal = kwartaal
        self._cells = {(c.indicator, c.periode, c.sleutel): c for c in cells}

    def value(self, indicator: str, periode: Quarter | str, **uitsplitsing):
        cel = self._cells.get((indicator, str(periode), encode_key(uitsplitsing)))
        return None if cel is None or cel.onderdrukt else cel.waarde

    def cells_in(self, periode: Quarter) -> list[Cel]:
        return [c for c in self._cells.values() if c.periode == str(periode)]

    def series(self, indicator, quarters, **uitsplitsing) -> list[tuple[str, float | None]]:
        return [(str(q), self.value(indicator, q, **uitsplitsing)) for q in quarters]

    def last_quarters(self, count: int) -> list[Quarter]:
        return quarters_between(self.kwartaal.shift(1 - count), self.kwartaal)

    def tiles(self) -> list[Tile]:
        return [self._tile(spec) for spec in tile_definitions()]

    def _tile(self, spec: dict) -> Tile:
        indicator = catalogue().get(spec["indicator"])
        key = spec.get("uitsplitsing") or {}
        now = self.value(indicator.id, self.kwartaal, **key)
        previous = self.value(indicator.id, self.kwartaal.previous(), **key)
        year = self.value(indicator.id, self.kwartaal.shift(-4), **key)
        return Tile(
            indicator=indicator,
            label=spec["label"],
            value=now,
            text=formatting.value_for(indicator.eenheid, now),
            vs_previous=_change(spec["verandering"], now, previous),
            vs_year=_change(spec["verandering"], now, year),
            series=self.series(indicator.id, self.last_quarters(SPARKLINE_QUARTERS), **key),
        )

    def bestand_over_de_jaren(self):
        return self.series("bijstand.bestand", quarters_between(FIRST_QUARTER, self.kwartaal))

    def stromen(self) -> list[dict]:
        rows = []
        for q in self.last_quarters(FLOW_QUARTERS):
            for name, indicator in (
                ("instroom", "bijstand.instroom"),
                ("uitstroom", "bijstand.uitstroom"),
                ("uitstroom naar werk", "bijstand.uitstroom_werk"),
            ):
                rows.append(
                    {"kwartaal": str(q), "stroom": name, "aantal": self.value(indicator, q)}
                )
        return rows

    def per_wijk(self) -> list[dict]:
        return [
            {"wijk": w, "aantal": self.value("bijstand.bestand", self.kwartaal, wijk=w)}
            for w in current_gemeente().wijken
        ]

    def arrangementen(self) -> list[dict]:
        return [
            {
                "kwartaal": str(q),
                "arrangement": k,
                "aantal": self.value("arrangement.bestand", q, arrangement=k),
            }
            for q in self.last_quarters(FLOW_QUARTERS)
            for k in "1234"
        ]

    def doorstroom(self) -> list[dict]:
        return [
            {
                "van": f"van {a}",
                "naar": f"naar {b}",
                "aantal": self.value("arrangement.doorstroom", self.kwartaal, van=a, naar=b),
            }
            for a in "1234"
            for b in "1234"
            if a != b
        ]

    def werkbeweging(self) -> list[tuple[str, float | None]]:
        start = Quarter.parse(catalogue().get("werkbeweging.extra_cumulatief").parameters["start"])
        if self.kwartaal < start:
            return []
        return self.series("werkbeweging.extra_cumulatief", quarters_between(start, self.kwartaal))

    def werkbeweging_doel(self) -> int:
        return catalogue().get("werkbeweging.extra_cumulatief").streefwaarden[0]["waarde"]


def _change(kind: str, now, then) -> str:
    if now is None or then is None:
        return formatting.ONDERDRUKT
    if kind == "procent":
        return (
            formatting.signed(100 * (now - then) / then, 1, "%") if then else formatting.ONDERDRUKT
        )
    if kind == "punt":
        return formatting.signed(100 * (now - then), 1, " %-punt")
    return formatting.signed(now - then, 1 if isinstance(now, float) else 0)
