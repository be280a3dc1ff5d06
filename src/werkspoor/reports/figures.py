# SPDX-License-Identifier: EUPL-1.2
"""The figures of one quarter's Dashboard and Monitor, read from the published
(disclosure-controlled) cells of the precomputed periods: the tiles with their changes, the
year to date, the targets, and the series the charts draw."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from django.conf import settings

from werkspoor.core.periods import Quarter, Year, quarters_between
from werkspoor.indicators.catalogue import Indicator, catalogue
from werkspoor.indicators.cells import Cel, encode_key
from werkspoor.indicators.doelen import PROGRAMMA, Doel, doelen

from . import formatting

SPARKLINE_QUARTERS = 8
FLOW_QUARTERS = 12
Lookup = Callable[[str], dict]  # periode -> {(indicator, sleutel): (waarde, onderdrukt)}


@dataclass(frozen=True)
class Target:
    """A target and how far the quarter has come."""

    doel: Doel
    text: str


@dataclass(frozen=True)
class Tile:
    id: str
    indicator: Indicator
    label: str
    value: float | int | None
    text: str
    vs_previous: str
    vs_year: str
    series: list[tuple[str, float | None]]
    flow: bool = False
    to_date_label: str = ""
    to_date_text: str = ""
    to_date_vs_year: str = ""
    targets: list[Target] = field(default_factory=list)


@cache
def tile_definitions() -> list[dict]:
    path = Path(settings.DEFINITIONS_DIR) / "rapporten" / "dashboard.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["tegels"]


def tile_label(tile_id: str) -> str:
    return next((t["label"] for t in tile_definitions() if t["id"] == tile_id), tile_id)


def to_date_label(quarter: Quarter) -> str:
    """How the Dashboard names the year up to and including the quarter."""
    return str(quarter.year) if quarter.number == 4 else f"{quarter.year} t/m Q{quarter.number}"


class Figures:
    """Lookup of published cells for the quarter `kwartaal` and the periods around it."""

    def __init__(self, kwartaal: Quarter, cells_of: Lookup, first: Quarter | None = None):
        self.kwartaal = kwartaal
        self._cells_of = cells_of
        self.first = first or kwartaal

    def _cell(self, indicator: str, periode, uitsplitsing: dict):
        return self._cells_of(str(periode)).get((indicator, encode_key(uitsplitsing)))

    def value(self, indicator: str, periode, **uitsplitsing):
        cell = self._cell(indicator, periode, uitsplitsing)
        return None if cell is None else cell[0]

    def cells_in(self, periode) -> list[Cel]:
        return [
            Cel(indicator, str(periode), sleutel, waarde, None, onderdrukt)
            for (indicator, sleutel), (waarde, onderdrukt) in self._cells_of(str(periode)).items()
        ]

    def values_of(self, indicator: str, periode, name: str) -> list[str]:
        """The values of breakdown `name` that the indicator has cells for in the period."""
        prefix = name + chr(31)
        return sorted(
            sleutel[len(prefix) :]
            for (ind, sleutel) in self._cells_of(str(periode))
            if ind == indicator and sleutel.startswith(prefix) and chr(30) not in sleutel
        )

    def series(self, indicator, periods, **uitsplitsing) -> list[tuple[str, float | None]]:
        return [(str(p), self.value(indicator, p, **uitsplitsing)) for p in periods]

    def last_quarters(self, count: int) -> list[Quarter]:
        return quarters_between(max(self.first, self.kwartaal.shift(1 - count)), self.kwartaal)

    def all_quarters(self) -> list[Quarter]:
        return quarters_between(self.first, self.kwartaal)

    def years(self) -> list[Year]:
        """The complete years up to the quarter's year (that year only when it is Q4)."""
        last = self.kwartaal.year if self.kwartaal.number == 4 else self.kwartaal.year - 1
        first = self.first.year if self.first.number == 1 else self.first.year + 1
        return [Year(y) for y in range(first, last + 1)]

    # --- the Dashboard's tiles ----------------------------------------------------------
    def tiles(self) -> list[Tile]:
        programmas = doelen().programmas
        shown = []
        for spec in tile_definitions():
            programma = programmas.get(spec.get("programma", ""))
            if spec.get("programma") and (
                programma is None or not programma.running_in(self.kwartaal)
            ):
                continue
            shown.append(self._tile(spec))
        return shown

    def _tile(self, spec: dict) -> Tile:
        indicator = catalogue().get(spec["indicator"])
        key = spec.get("uitsplitsing") or {}
        now = self.value(indicator.id, self.kwartaal, **key)
        previous = self.value(indicator.id, self.kwartaal.previous(), **key)
        year = self.value(indicator.id, self.kwartaal.year_earlier(), **key)
        tile = {
            "id": spec["id"],
            "indicator": indicator,
            "label": spec["label"],
            "value": now,
            "text": shown(indicator, now),
            "vs_previous": _change(spec["verandering"], now, previous, indicator.cumulatief),
            "vs_year": _change(spec["verandering"], now, year, indicator.cumulatief),
            "series": self.series(indicator.id, self.last_quarters(SPARKLINE_QUARTERS), **key),
            "targets": self.targets(indicator.id),
        }
        if spec.get("soort") == "stroom":
            to_date = self.kwartaal.year_to_date
            so_far = self.value(indicator.id, to_date, **key)
            before = self.value(indicator.id, to_date.year_earlier(), **key)
            tile |= {
                "flow": True,
                "to_date_label": to_date_label(self.kwartaal),
                "to_date_text": shown(indicator, so_far),
                "to_date_vs_year": _change(spec["verandering"], so_far, before),
            }
        return Tile(**tile)

    def targets(self, indicator_id: str) -> list[Target]:
        return [
            Target(doel, self._progress(doel)) for doel in doelen().of(indicator_id, self.kwartaal)
        ]

    def _progress(self, doel: Doel) -> str:
        indicator = catalogue().get(doel.indicator)
        if doel.periode == PROGRAMMA:
            now = self.value(doel.indicator, self.kwartaal, **doel.uitsplitsing)
            return (
                f"{doel.omschrijving}. Tot en met {self.kwartaal}: "
                f"{shown(indicator, now)}{_share(now, doel.waarde)}."
            )
        if doel.periode == "jaar":
            period = self.kwartaal.year_to_date
            now = self.value(doel.indicator, period, **doel.uitsplitsing)
            return (
                f"{doel.omschrijving}. {to_date_label(self.kwartaal).capitalize()}: "
                f"{shown(indicator, now)}{_share(now, doel.waarde)}."
            )
        now = self.value(doel.indicator, self.kwartaal, **doel.uitsplitsing)
        text = shown(indicator, now)
        return f"{doel.omschrijving}. {self.kwartaal}: {text}{_band(now, doel)}."

    # --- series for the Monitor's charts ------------------------------------------------
    def stromen(self, periods=None) -> list[dict]:
        rows = []
        for q in periods or self.last_quarters(FLOW_QUARTERS):
            for name, indicator in FLOWS:
                rows.append({"periode": str(q), "stroom": name, "aantal": self.value(indicator, q)})
        return rows

    def breakdown(self, indicator: str, name: str, values, periode=None) -> list[dict]:
        periode = periode or self.kwartaal
        return [{name: v, "aantal": self.value(indicator, periode, **{name: v})} for v in values]

    def over_time(self, indicator: str, name: str, values, periods=None) -> list[dict]:
        return [
            {"periode": str(p), name: v, "aantal": self.value(indicator, p, **{name: v})}
            for p in periods or self.last_quarters(FLOW_QUARTERS)
            for v in values
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

    def werkbeweging(self) -> tuple[list[tuple[str, float | None]], Doel | None, bool]:
        """The cumulative extra persons from the programme's start up to the quarter (or
        its end: the final result), the programme target, and whether it has ended."""
        indicator = catalogue().get("werkbeweging.extra_personen_cumulatief")
        programma = doelen().programmas.get(indicator.programma or "")
        if programma is None or self.kwartaal < programma.van:
            return [], None, False
        last = min(self.kwartaal, programma.tot)
        series = self.series(indicator.id, quarters_between(programma.van, last))
        target = next(iter(doelen().of(indicator.id, programma.tot)), None)
        return series, target, self.kwartaal > programma.tot


FLOWS = (
    ("instroom", "bijstand.instroom"),
    ("uitstroom", "bijstand.uitstroom"),
    ("uitstroom naar werk", "bijstand.uitstroom_werk"),
)


def _share(now, goal) -> str:
    if now is None or not goal:
        return ""
    return f" ({formatting.number(100 * now / goal)}% van het doel)"


def _band(now, doel: Doel) -> str:
    if now is None or not doel.bandbreedte:
        return ""
    low, high = doel.bandbreedte
    where = "binnen" if low <= now <= high else ("boven" if now > high else "onder")
    return f", {where} de richtlijn"


def shown(indicator: Indicator, value) -> str:
    """A value in Dutch notation by its unit; a running total (a baseline's average makes it
    fractional) in whole numbers."""
    if indicator.cumulatief:
        return formatting.number(value)
    return formatting.value_for(indicator.eenheid, value)


def _change(kind: str, now, then, whole: bool = False) -> str:
    if now is None or then is None:
        return formatting.ONDERDRUKT
    if whole:
        return formatting.signed(round(now) - round(then))
    if kind == "procent":
        return (
            formatting.signed(100 * (now - then) / then, 1, "%") if then else formatting.ONDERDRUKT
        )
    if kind == "punt":
        return formatting.signed(100 * (now - then), 1, " %-punt")
    return formatting.signed(now - then, 1 if isinstance(now, float) else 0)
