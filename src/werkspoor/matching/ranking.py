# SPDX-License-Identifier: EUPL-1.2
"""Candidates for a vacancy, ranked, each with the reasons for its place in words.

The pool is employer services' job seekers (employers.services.werkzoekenden). The
criteria, their weights and their texts are data (definitions/matching/weging.yaml); the
sum only orders the list and is never shown.

What the pool knows about each job seeker does not depend on the vacancy, so it is read
once (five queries) and kept for `PROFILE_SECONDS` in the process; a change to the
registry through the application forgets it at once (signals, see apps.py), a change made
by another process (a bulk load, another web worker) is seen within the minute: older
profiles are read anew by a thread of their own while requests keep using the old ones
for the fraction of a second that takes (on PostgreSQL about 150 ms, which landed on
whichever match request came after the minute). What does depend on the vacancy (earlier
meetings with the employer, proposals) is read fresh for every ranking. Only the page
shown gets its texts.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, cached_property, lru_cache

import yaml
from django.conf import settings
from django.db import connections

from werkspoor.core.gemeente import gemeente_dir
from werkspoor.core.periods import age_on
from werkspoor.employers.models import Ontmoeting, Vacature
from werkspoor.employers.services import werkzoekenden
from werkspoor.registry.choices import DoelStatus, Instrument
from werkspoor.registry.models import Deeltijdwerk, Doel, Traject
from werkspoor.registry.services import running_on

from .models import Voordracht, VoordrachtStatus, Werkwens

ACTIVE = (VoordrachtStatus.VOORGESTELD, VoordrachtStatus.GESPREK)
logger = logging.getLogger(__name__)

PROFILE_SECONDS = 60


@dataclass(frozen=True)
class Reden:
    richting: str  # "voor", "tegen" or "info" (weighs nothing: something not known)
    tekst: str

    def as_json(self) -> dict:
        return {"richting": self.richting, "tekst": self.tekst}


@dataclass(frozen=True)
class Profiel:
    """What the pool knows about one job seeker, whatever the vacancy."""

    inwoner_id: int
    naam: str
    geboortedatum: date
    wijk: str
    arrangement: int
    doelen: frozenset[str]
    trajecten: tuple[str, ...]
    deeltijdwerk: bool
    wens: tuple[int, int, tuple[str, ...]] | None  # (uren_min, uren_max, sectoren)
    vast: tuple[tuple[str, dict], ...] = ()  # the criteria that do not depend on a vacancy
    vaste_score: float = 0.0


@dataclass
class Kandidaat:
    profiel: Profiel
    day: date
    criteria: list[tuple[str, dict]] = field(default_factory=list)  # (code, text values)
    score: float = 0.0

    @property
    def leeftijd(self) -> int:
        return age_on(self.profiel.geboortedatum, self.day)

    @property
    def inwoner_id(self) -> int:
        return self.profiel.inwoner_id

    @property
    def naam(self) -> str:
        return self.profiel.naam

    @property
    def wijk(self) -> str:
        return self.profiel.wijk

    @property
    def arrangement(self) -> int:
        return self.profiel.arrangement

    @cached_property  # the page asks it six times per candidate (voor, tegen, onbekend)
    def redenen(self) -> list[Reden]:
        """The reasons in words, the weightiest first."""
        ordered = sorted(self.criteria, key=lambda item: -abs(_weight(item[0])))
        return [_reden(code, values) for code, values in ordered]

    @property
    def voor(self) -> list[Reden]:
        return [r for r in self.redenen if r.richting == "voor"]

    @property
    def tegen(self) -> list[Reden]:
        return [r for r in self.redenen if r.richting == "tegen"]

    @property
    def onbekend(self) -> list[Reden]:
        return [r for r in self.redenen if r.richting == "info"]


@cache
def weging() -> dict:
    path = settings.DEFINITIONS_DIR / "matching" / "weging.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _weight(code: str) -> float:
    return float(weging()["criteria"][code]["gewicht"])


def _reden(code: str, values: dict) -> Reden:
    weight = _weight(code)
    text = weging()["criteria"][code]["tekst"].format(**values)
    richting = "voor" if weight > 0 else "tegen" if weight < 0 else "info"
    return Reden(richting, text)


@cache
def wijkcentra(gemeente: str) -> dict[str, tuple[float, float]]:
    path = gemeente_dir(gemeente) / "wijkcentra.yaml"
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {wijk: tuple(point) for wijk, point in data["wijken"].items()}


@lru_cache(maxsize=1024)
def afstand_km(van: str, naar: str) -> float | None:
    """Great-circle distance between two wijk centres, or None when one is unknown."""
    centres = wijkcentra(settings.WERKSPOOR_GEMEENTE)
    if van not in centres or naar not in centres:
        return None
    (lat1, lon1), (lat2, lon2) = centres[van], centres[naar]
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


# --- the pool's profiles, kept for a minute --------------------------------------------

_profiles: dict[date, tuple[float, dict[int, Profiel]]] = {}
_lock = threading.Lock()
_generation = 0  # counts forget_profiles(): a read that began before one is not kept
_refreshing: set[date] = set()


def forget_profiles(*args, **kwargs) -> None:
    """Drop the kept profiles (connected to saves and deletes of what they are made of)."""
    global _generation
    with _lock:
        _profiles.clear()
        _generation += 1


def _grouped(rows) -> dict[int, list]:
    grouped: dict[int, list] = {}
    for inwoner_id, value in rows:
        grouped.setdefault(inwoner_id, []).append(value)
    return grouped


def _read_profiles(day: date, inwoner_id: int | None = None) -> dict[int, Profiel]:
    pool = werkzoekenden(day)
    if inwoner_id is not None:
        pool = pool.filter(inwoner_id=inwoner_id)
    base = list(
        pool.values_list(
            "inwoner_id",
            "arrangement",
            "inwoner__voornaam",
            "inwoner__achternaam",
            "inwoner__geboortedatum",
            "inwoner__wijk",
        )
    )
    ids = pool.values("inwoner_id")
    goals = _grouped(
        Doel.objects.filter(
            status=DoelStatus.ACTIEF, startdatum__lte=day, inwoner_id__in=ids
        ).values_list("inwoner_id", "soort")
    )
    trajecten = _grouped(
        Traject.objects.filter(running_on(day), inwoner_id__in=ids)
        .order_by("startdatum")
        .values_list("inwoner_id", "instrument")
    )
    part_time = set(
        Deeltijdwerk.objects.filter(running_on(day), inwoner_id__in=ids).values_list(
            "inwoner_id", flat=True
        )
    )
    wishes = {
        inwoner_id: (low, high, tuple(sectors or ()))
        for inwoner_id, low, high, sectors in Werkwens.objects.filter(
            inwoner_id__in=ids
        ).values_list("inwoner_id", "uren_min", "uren_max", "sectoren")
    }
    found = {}
    for inwoner_id, arrangement, voornaam, achternaam, geboren, wijk in base:
        profiel = Profiel(
            inwoner_id,
            f"{voornaam} {achternaam}".strip() or f"Inwoner {inwoner_id}",
            geboren,
            wijk,
            arrangement,
            frozenset(goals.get(inwoner_id, ())),
            tuple(dict.fromkeys(trajecten.get(inwoner_id, ()))),
            inwoner_id in part_time,
            wishes.get(inwoner_id),
        )
        vast = tuple(_fixed_criteria(profiel))
        found[inwoner_id] = replace(
            profiel, vast=vast, vaste_score=sum(_weight(code) for code, _ in vast)
        )
    return found


def profiles(day: date) -> dict[int, Profiel]:
    now = time.monotonic()
    with _lock:
        kept = _profiles.get(day)
        generation = _generation
        refresh = kept is not None and now - kept[0] >= PROFILE_SECONDS
        refresh = refresh and day not in _refreshing
        if refresh:
            _refreshing.add(day)
    if refresh:
        run_in_background(_refresh, day, generation)
    if kept is not None:
        return kept[1]
    return _keep(day, _read_profiles(day), generation, now)


def _keep(day: date, read: dict[int, Profiel], generation: int, now: float):
    with _lock:
        if generation == _generation:  # nothing was saved while reading
            _profiles.clear()
            _profiles[day] = (now, read)
    return read


def _refresh(day: date, generation: int) -> None:
    try:
        _keep(day, _read_profiles(day), generation, time.monotonic())
    except Exception:  # the old profiles stay; the next request after the minute tries again
        logger.exception("Profielen van de werkzoekenden niet opnieuw gelezen")
    finally:
        with _lock:
            _refreshing.discard(day)


def run_in_background(function, *args) -> threading.Thread:
    """`function(*args)` in a thread of its own, with a database connection of its own that
    is closed when it is done."""

    def run():
        try:
            function(*args)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run, name="matching-profielen", daemon=True)
    thread.start()
    return thread


# --- the criteria ----------------------------------------------------------------------


# The three criteria below depend on a few values that many job seekers share (a wish, a
# wijk): each combination is worked out once per process, not once per candidate per view
# (a vacancy ranks the whole pool, ≈1,500 job seekers). The answers are shared: read only.


@lru_cache(maxsize=4096)
def _hours(wish, uren) -> tuple[tuple[str, dict], ...]:
    if not uren:
        return ()
    if wish is None:
        return (("uren_onbekend", {}),)
    low, high, _ = wish
    if uren > high:
        return (("uren_te_veel", {"max": high, "uren": uren}),)
    if uren < low:
        return (("uren_te_weinig", {"min": low, "uren": uren}),)
    return (("uren_past", {"min": low, "max": high, "uren": uren}),)


@lru_cache(maxsize=4096)
def _sector(wish, sector: str) -> tuple[tuple[str, dict], ...]:
    if wish is None or not wish[2] or not sector:
        return ()
    if sector in wish[2]:
        return (("sector_gewenst", {"sector": sector}),)
    return (("sector_anders", {"sectoren": ", ".join(wish[2])}),)


def _distance(wijk: str, werkplek: str) -> tuple[tuple[str, dict], ...]:
    return _distance_in(wijk, werkplek, settings.WERKSPOOR_GEMEENTE)


@lru_cache(maxsize=1024)
def _distance_in(wijk: str, werkplek: str, gemeente: str) -> tuple[tuple[str, dict], ...]:
    if not wijk or not werkplek:
        return ()
    if wijk == werkplek:
        return (("zelfde_wijk", {"wijk": wijk}),)
    km = afstand_km(wijk, werkplek)
    if km is None:
        return ()
    bands = weging()["afstand_km"]
    values = {"wijk": wijk, "km": f"{km:.1f}".replace(".", ","), "werkplek": werkplek}
    for band in ("dichtbij", "redelijk"):
        if km <= bands[band]:
            return ((band, values),)
    return (("ver", values),) if km > bands["ver"] else ()


def _fixed_criteria(profiel: Profiel) -> list[tuple[str, dict]]:
    """The criteria that hold whatever the vacancy: arrangement, goals, trajecten, work."""
    spec = weging()
    found = [(f"arrangement_{profiel.arrangement}", {})]
    for soort in ("betaald_werk", "opleiding", "ondernemen"):
        if soort in profiel.doelen:
            found.append((f"doel_{soort}", {}))
    for instrument in profiel.trajecten:
        label = {"instrument": Instrument(instrument).label.lower()}
        if instrument in spec["begeleiding"]:
            found.append(("begeleiding", label))
        elif instrument in spec["werkervaring"]:
            found.append(("werkervaring", label))
    if profiel.deeltijdwerk:
        found.append(("deeltijdwerk", {}))
    return found


def criteria(vacature: Vacature, sector: str, profiel: Profiel, met, elsewhere: bool):
    """The criteria that depend on this vacancy, as (code, text values)."""
    found = []
    if profiel.arrangement == 2:
        found += _lks(vacature)
    found += _hours(profiel.wens, vacature.uren_per_week)
    found += _sector(profiel.wens, sector)
    found += _distance(profiel.wijk, vacature.wijk)
    found += _personal(met, elsewhere)
    return found


def _lks(vacature: Vacature) -> list[tuple[str, dict]]:
    """Arrangement 2 only: whether the employer is open to loonkostensubsidie."""
    return [("lks_mogelijk" if vacature.loonkostensubsidie_mogelijk else "lks_niet_mogelijk", {})]


def _personal(met, elsewhere: bool) -> list[tuple[str, dict]]:
    """The criteria of this job seeker's own history with the employer and other vacancies."""
    found = []
    if met is not None:
        found.append(("kent_werkgever", {"datum": f"{met:%d-%m-%Y}"}))
    if elsewhere:
        found.append(("elders_voorgedragen", {}))
    return found


def rank(vacature: Vacature, pool: list[Profiel], day: date) -> Ranking:
    """`pool` ranked for this vacancy, best first (ties: by name)."""
    met = dict(
        Ontmoeting.objects.filter(werkgever_id=vacature.werkgever_id, datum__lte=day)
        .order_by("inwoner_id", "-datum")
        .values_list("inwoner_id", "datum")
    )
    elsewhere = set(
        Voordracht.objects.filter(status__in=ACTIVE)
        .exclude(vacature=vacature)
        .values_list("inwoner_id", flat=True)
    )
    sector = vacature.werkgever.sector
    weights = {code: _weight(code) for code in weging()["criteria"]}
    # What `criteria` finds without a meeting or another proposal is, in its order: the
    # loonkostensubsidie (arrangement 2), hours and sector (the wish) and distance (the
    # wijk). Each part is worked out once per wish or wijk (a few dozen wijken, a few
    # hundred wishes) instead of per job seeker; the pool is ≈1,500 job seekers.
    lks = tuple(_lks(vacature))
    lks_weight = sum(weights[code] for code, _ in lks)
    by_wish: dict = {}
    by_wijk: dict = {}
    entries = []
    append = entries.append
    for profiel in pool:
        inwoner_id = profiel.inwoner_id
        wens, wijk = profiel.wens, profiel.wijk
        wish_part = by_wish.get(wens)
        if wish_part is None:
            found = _hours(wens, vacature.uren_per_week) + _sector(wens, sector)
            wish_part = by_wish[wens] = (found, [weights[code] for code, _ in found])
        wijk_part = by_wijk.get(wijk)
        if wijk_part is None:
            found = _distance(wijk, vacature.wijk)
            wijk_part = by_wijk[wijk] = (found, [weights[code] for code, _ in found])
        if profiel.arrangement == 2:
            head, subtotal = lks, lks_weight
        else:
            head, subtotal = (), 0
        for weight in wish_part[1]:  # added in the order `criteria` lists them
            subtotal += weight
        for weight in wijk_part[1]:
            subtotal += weight
        met_on = met.get(inwoner_id)
        other = inwoner_id in elsewhere
        extra = ()
        if met_on is not None or other:  # what `criteria` adds at its end, in its order
            extra = _personal(met_on, other)
            for code, _ in extra:
                subtotal += weights[code]
        score = profiel.vaste_score + subtotal
        parts = (head, wish_part[0], wijk_part[0], extra)
        append((-score, profiel.naam, inwoner_id, score, profiel, parts))
    entries.sort()  # best first, ties by name (the id is unique: nothing further compared)
    return Ranking(entries, day)


class Ranking(Sequence):
    """The ranked candidates as a read-only list; a candidate's `Kandidaat` (its criteria
    as one list) is made when it is asked for: a page shows 20 of ≈1,500."""

    def __init__(self, entries: list[tuple], day: date):
        self._entries = entries
        self._day = day
        self._made: dict[int, Kandidaat] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._entries)))]
        if index < 0:
            index += len(self._entries)
            if index < 0:
                raise IndexError("ranking index out of range")
        made = self._made.get(index)
        if made is None:
            _, _, _, score, profiel, (head, wish, wijk, extra) = self._entries[index]
            criteria = [*profiel.vast, *head, *wish, *wijk, *extra]
            made = self._made[index] = Kandidaat(profiel, self._day, criteria, score)
        return made


def candidates(vacature: Vacature, day: date) -> Ranking:
    """The pool ranked for this vacancy; residents already proposed for it are in its
    pipeline instead."""
    proposed = set(vacature.voordrachten.values_list("inwoner_id", flat=True))
    pool = [p for p in profiles(day).values() if p.inwoner_id not in proposed]
    return rank(vacature, pool, day)


def reasons_for(vacature: Vacature, inwoner_id: int, day: date) -> list[Reden] | None:
    """The reasons for one resident, read fresh; None when they are not in the pool."""
    found = _read_profiles(day, inwoner_id).get(inwoner_id)
    return rank(vacature, [found], day)[0].redenen if found else None
