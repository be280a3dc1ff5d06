# SPDX-License-Identifier: EUPL-1.2
"""The registry's stand and the data horizon. The stand is the last day for which the
registry holds registered facts; figures for a period after it would be figures about facts
nobody has registered yet. The first data day is the first day on which it registered an
event; a benefit's start is not such an event, since a registry taken over from another
system carries benefits that started long before it recorded anything else.

WERKSPOOR_STAND and WERKSPOOR_EERSTE_DATUM pin them (a registry known to be complete from
and up to a date); otherwise they are derived from the registered events (on or before
today). Both are cached: `clear_cache()` after a change to the registry (import, demo).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db.models import Max, Min
from django.utils.formats import date_format

from werkspoor.core.periods import Quarter, Year, parse_period, quarters_between
from werkspoor.core.today import vandaag
from werkspoor.employers.models import Ontmoeting, Plaatsing
from werkspoor.registry.models import Contactmoment, KtoRespons, Uitkering

# (model, date field, days to add): an einddatum is the first day without the benefit, so
# the registered fact is the day before it.
EVENT_DATES = (
    (Contactmoment, "datum", 0),
    (Uitkering, "startdatum", 0),
    (Uitkering, "einddatum", -1),
    (Ontmoeting, "datum", 0),
    (Plaatsing, "datum", 0),
)
# The events from which the registry's first data day is derived (no benefit starts; the
# end of a benefit is registered as of its einddatum).
FIRST_EVENT_DATES = (
    (Contactmoment, "datum", 0),
    (Uitkering, "einddatum", 0),
    (Ontmoeting, "datum", 0),
    (Plaatsing, "datum", 0),
    (KtoRespons, "datum", 0),
)
CACHE_SECONDS = 300
_cache: dict[str, tuple[float, object]] = {}


def clear_cache(**_kwargs) -> None:
    """Forget the cached stand and first day (connected to `registry_changed`)."""
    _cache.clear()


def _cached(name: str, compute):
    hit = _cache.get(name)
    if hit and time.monotonic() - hit[0] < CACHE_SECONDS:
        return hit[1]
    value = compute()
    _cache[name] = (time.monotonic(), value)
    return value


def _pinned(setting: str) -> date | None:
    value = getattr(settings, setting, "")
    return date.fromisoformat(value) if value else None


def _extreme(events, aggregate) -> date | None:
    today = vandaag()
    found = []
    for model, field, shift in events:
        cutoff = today - timedelta(days=shift)
        value = model.objects.filter(**{f"{field}__lte": cutoff}).aggregate(m=aggregate(field))
        if value["m"] is not None:
            found.append(value["m"] + timedelta(days=shift))
    if not found:
        return None
    return max(found) if aggregate is Max else min(found)


def registry_stand() -> date | None:
    """The stand, or None for an empty registry."""
    pinned = _pinned("WERKSPOOR_STAND")
    if pinned:
        return pinned
    return _cached("stand", lambda: _extreme(EVENT_DATES, Max))


def registry_start() -> date | None:
    """The first day with a registered event, or None for an empty registry."""
    pinned = _pinned("WERKSPOOR_EERSTE_DATUM")
    if pinned:
        return pinned
    return _cached("start", lambda: _extreme(FIRST_EVENT_DATES, Min))


class BuitenHorizon(ValueError):
    """A period without registered data; the message says why, in Dutch, and where the
    data are."""

    def __init__(self, message: str, suggestion: Quarter | None = None):
        super().__init__(message)
        self.suggestion = suggestion


def _day(day: date) -> str:
    return date_format(day, "j F Y")


@dataclass(frozen=True)
class Horizon:
    """The periods the registry can speak of: from the quarter of its first data day up to
    the last quarter whose last day it has reached (a period must be complete)."""

    start: date | None
    stand: date | None

    @property
    def empty(self) -> bool:
        return self.start is None or self.stand is None or self.latest_quarter is None

    @property
    def first_quarter(self) -> Quarter | None:
        return Quarter.of(self.start) if self.start else None

    @property
    def latest_quarter(self) -> Quarter | None:
        if self.stand is None:
            return None
        quarter = Quarter.of(self.stand)
        latest = quarter if self.stand == quarter.last_day else quarter.previous()
        first = self.first_quarter
        return latest if first is None or latest >= first else None

    def quarters(self) -> list[Quarter]:
        if self.empty:
            return []
        return quarters_between(self.first_quarter, self.latest_quarter)

    def years(self) -> list[Year]:
        """The complete years within the horizon."""
        return sorted({Year(q.year) for q in self.quarters() if self.contains(Year(q.year))})

    def contains(self, period) -> bool:
        if self.empty:
            return False
        return self.first_quarter.first_day <= period.last_day <= self.latest_quarter.last_day

    def check(self, period) -> None:
        """Raise BuitenHorizon with a clear Dutch message for a period without data."""
        if self.empty:
            raise BuitenHorizon(
                "De registratie is leeg: er zijn nog geen cijfers. Bouw de demostad "
                "(werkspoor demo) of lees gegevens in (werkspoor import MAP)."
            )
        if period.last_day > self.latest_quarter.last_day:
            raise BuitenHorizon(
                f"Voor {period} zijn er nog geen cijfers: de registratie loopt tot en met "
                f"{_day(self.stand)}. Het laatste volledige kwartaal is {self.latest_quarter}.",
                self.latest_quarter,
            )
        if period.last_day < self.first_quarter.first_day:
            raise BuitenHorizon(
                f"Voor {period} zijn er geen cijfers: de registratie begint op "
                f"{_day(self.start)}. Het eerste kwartaal met cijfers is {self.first_quarter}.",
                self.first_quarter,
            )

    def parse(self, text: str):
        """A period from its label, refused (ValueError, BuitenHorizon) outside the horizon."""
        period = parse_period(text)
        self.check(period)
        return period


def horizon() -> Horizon:
    """The configured registry's horizon (cached; see `clear_cache`)."""
    return Horizon(registry_start(), registry_stand())
