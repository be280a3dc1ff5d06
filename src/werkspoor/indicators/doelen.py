# SPDX-License-Identifier: EUPL-1.2
"""The municipality's targets (doelen) and programmes as dated data with their source, from
`definitions/gemeenten/<gemeente>/doelen.yaml`: a target belongs to an indicator (and a
cell of it), to a kind of period (quarter, year or a programme's whole run) and holds from
one date to another. A programme (Werkbeweging) has a period of its own."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache

import yaml
from django.conf import settings

from werkspoor.core.gemeente import gemeente_dir
from werkspoor.core.periods import JAAR, KWARTAAL, Quarter, ReportingPeriod

PROGRAMMA = "programma"
DOEL_PERIODES = (KWARTAAL, JAAR, PROGRAMMA)


class DoelenError(ValueError):
    """doelen.yaml cannot be used; the message names the entry and field."""


@dataclass(frozen=True)
class Programma:
    id: str
    naam: str
    van: Quarter
    tot: Quarter
    bron: str

    def running_in(self, quarter: Quarter) -> bool:
        return self.van <= quarter <= self.tot


@dataclass(frozen=True)
class Doel:
    indicator: str
    periode: str
    omschrijving: str
    bron: str
    uitsplitsing: dict = field(default_factory=dict)
    waarde: float | None = None
    bandbreedte: tuple[float, float] | None = None
    geldig_van: date | None = None
    geldig_tot: date | None = None
    programma: Programma | None = None

    def holds_on(self, day: date) -> bool:
        if self.programma is not None:
            return self.programma.van.first_day <= day <= self.programma.tot.last_day
        return (self.geldig_van is None or self.geldig_van <= day) and (
            self.geldig_tot is None or day <= self.geldig_tot
        )

    def matches(self, indicator: str, uitsplitsing: dict | None = None) -> bool:
        return self.indicator == indicator and (
            uitsplitsing is None or self.uitsplitsing == uitsplitsing
        )


@dataclass(frozen=True)
class Doelen:
    programmas: dict[str, Programma]
    doelen: tuple[Doel, ...]

    def for_period(self, period: ReportingPeriod) -> list[Doel]:
        """The targets that hold on the period's last day (a year's target for a quarter)."""
        return [d for d in self.doelen if d.holds_on(period.last_day)]

    def of(self, indicator: str, period: ReportingPeriod, uitsplitsing=None) -> list[Doel]:
        return [d for d in self.for_period(period) if d.matches(indicator, uitsplitsing)]


def _date(value, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise DoelenError(f"{where}: '{value}' is geen datum (JJJJ-MM-DD).") from error


def _quarter(value, where: str) -> Quarter:
    try:
        return Quarter.parse(str(value))
    except ValueError as error:
        raise DoelenError(f"{where}: {error}.") from error


def _programma(key: str, data: dict) -> Programma:
    where = f"doelen.yaml, programma '{key}'"
    for name in ("naam", "van", "tot", "bron"):
        if name not in data:
            raise DoelenError(f"{where}: het veld '{name}' ontbreekt.")
    van, tot = _quarter(data["van"], f"{where}, veld 'van'"), _quarter(data["tot"], where)
    if tot < van:
        raise DoelenError(f"{where}: 'tot' ({tot}) ligt vóór 'van' ({van}).")
    return Programma(key, str(data["naam"]), van, tot, str(data["bron"]))


def _doel(n: int, data: dict, programmas: dict[str, Programma], known: set[str]) -> Doel:
    where = f"doelen.yaml, doel {n}"
    for name in ("indicator", "periode", "omschrijving", "bron"):
        if name not in data:
            raise DoelenError(f"{where}: het veld '{name}' ontbreekt.")
    if known and data["indicator"] not in known:
        raise DoelenError(f"{where}: onbekende indicator '{data['indicator']}'.")
    if data["periode"] not in DOEL_PERIODES:
        raise DoelenError(
            f"{where}, veld 'periode': '{data['periode']}' is niet toegestaan; "
            f"kies uit {', '.join(DOEL_PERIODES)}."
        )
    programma = None
    if data["periode"] == PROGRAMMA:
        programma = programmas.get(data.get("programma"))
        if programma is None:
            raise DoelenError(f"{where}: onbekend programma '{data.get('programma')}'.")
    band = data.get("bandbreedte")
    if (data.get("waarde") is None) == (band is None):
        raise DoelenError(f"{where}: geef een 'waarde' of een 'bandbreedte' [van, tot].")
    return Doel(
        indicator=data["indicator"],
        periode=data["periode"],
        omschrijving=str(data["omschrijving"]),
        bron=str(data["bron"]),
        uitsplitsing={str(k): str(v) for k, v in (data.get("uitsplitsing") or {}).items()},
        waarde=data.get("waarde"),
        bandbreedte=tuple(band) if band else None,
        geldig_van=_date(data.get("geldig_van"), f"{where}, veld 'geldig_van'"),
        geldig_tot=_date(data.get("geldig_tot"), f"{where}, veld 'geldig_tot'"),
        programma=programma,
    )


def load_doelen(key: str | None = None, known_indicators: set[str] | None = None) -> Doelen:
    path = gemeente_dir(key) / "doelen.yaml"
    if not path.exists():
        return Doelen({}, ())
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    programmas = {k: _programma(k, v) for k, v in (data.get("programmas") or {}).items()}
    doelen = tuple(
        _doel(n, entry, programmas, known_indicators or set())
        for n, entry in enumerate(data.get("doelen") or [], start=1)
    )
    return Doelen(programmas, doelen)


@cache
def _cached(key: str) -> Doelen:
    from .catalogue import catalogue

    return load_doelen(key, {i.id for i in catalogue()})


def doelen() -> Doelen:
    """The configured municipality's targets and programmes, read once per process."""
    return _cached(settings.WERKSPOOR_GEMEENTE)
