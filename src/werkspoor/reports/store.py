# SPDX-License-Identifier: EUPL-1.2
"""Figures computed ahead: `precompute()` computes every quarter, year and year to date
within the registry's horizon at once (after an import, by `werkspoor voorbereken`, at
start) and stores the published cells; pages read them (`current()`, `period_cells()`)
and never start a computation. Parsed sets are kept per process, keyed by batch."""

from __future__ import annotations

import json
import time
import zlib
from collections import OrderedDict, defaultdict
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from werkspoor.core.periods import YearToDate
from werkspoor.registry.stand import Horizon

from .models import Berekening, Cijferset

KEEP_PARSED = 256
_parsed: OrderedDict[tuple, dict] = OrderedDict()


@dataclass(frozen=True)
class Stored:
    """The current batch: its id and the horizon it was computed for."""

    id: int
    horizon: Horizon
    klaar: object


def periods_within(horizon: Horizon) -> list:
    """Every quarter, every complete year and every year to date within the horizon."""
    quarters = horizon.quarters()
    years = horizon.years()
    to_date = [q.year_to_date for q in quarters if isinstance(q.year_to_date, YearToDate)]
    return quarters + years + to_date


def _pack(cells) -> bytes:
    rows = [
        [c.indicator, c.sleutel, None if c.onderdrukt else c.waarde, c.onderdrukt] for c in cells
    ]
    return zlib.compress(json.dumps(rows, separators=(",", ":")).encode("utf-8"), 6)


def _unpack(blob) -> dict:
    """{(indicator, sleutel): (waarde, onderdrukt)}."""
    rows = json.loads(zlib.decompress(bytes(blob)).decode("utf-8"))
    return {(r[0], r[1]): (r[2], r[3]) for r in rows}


def thresholds() -> tuple[int, int]:
    """The published threshold and 0 (for those who may see figures without control)."""
    from werkspoor.indicators.services import default_threshold

    return default_threshold(), 0


def precompute(horizon: Horizon | None = None, report=None) -> Berekening | None:
    """Compute and store every period within the horizon; the previous batches go once
    this one is complete. None for an empty registry."""
    from werkspoor.indicators.engine import Engine
    from werkspoor.indicators.services import control
    from werkspoor.registry.stand import horizon as registry_horizon

    horizon = horizon or registry_horizon()
    if horizon.empty:
        return None
    started, began = timezone.now(), time.perf_counter()
    periods = periods_within(horizon)
    engine = Engine()
    try:
        cells = engine.compute_periods(periods)
    finally:
        engine.close()
    computed = time.perf_counter()
    with transaction.atomic():
        batch = Berekening.objects.create(
            gestart=started, eerste_datum=horizon.start, stand=horizon.stand
        )
        for drempel in thresholds():
            by_period = defaultdict(list)
            for cell in control(cells, drempel):
                by_period[cell.periode].append(cell)
            Cijferset.objects.bulk_create(
                Cijferset(berekening=batch, periode=p, drempel=drempel, cellen=_pack(cs))
                for p, cs in by_period.items()
            )
        batch.klaar = timezone.now()
        batch.seconden = time.perf_counter() - began
        batch.save(update_fields=["klaar", "seconden"])
        Berekening.objects.exclude(pk=batch.pk).delete()
    if report:
        report(
            f"{len(periods)} perioden vooruitberekend ({len(cells):,} cellen) in "
            f"{computed - began:.1f} s rekenen + {time.perf_counter() - computed:.1f} s "
            f"onthullingscontrole en opslaan".replace(",", ".")
        )
    return batch


def current() -> Stored | None:
    """The latest complete batch (one small query), or None before the first."""
    row = (
        Berekening.objects.filter(klaar__isnull=False)
        .values("id", "eerste_datum", "stand", "klaar")
        .first()
    )
    if row is None:
        return None
    return Stored(row["id"], Horizon(row["eerste_datum"], row["stand"]), row["klaar"])


def period_cells(batch_id: int, periode: str, drempel: int) -> dict:
    """The stored cells of one period, parsed once per process: {(indicator, sleutel):
    (waarde, onderdrukt)}; empty when the batch has no such period."""
    key = (batch_id, periode, drempel)
    hit = _parsed.get(key)
    if hit is not None:
        _parsed.move_to_end(key)
        return hit
    blob = (
        Cijferset.objects.filter(berekening_id=batch_id, periode=periode, drempel=drempel)
        .values_list("cellen", flat=True)
        .first()
    )
    parsed = _unpack(blob) if blob is not None else {}
    _parsed[key] = parsed
    while len(_parsed) > KEEP_PARSED:
        _parsed.popitem(last=False)
    return parsed


def stored_periods(batch_id: int, drempel: int) -> list[str]:
    return list(
        Cijferset.objects.filter(berekening_id=batch_id, drempel=drempel).values_list(
            "periode", flat=True
        )
    )


def is_stale(stored: Stored | None, horizon: Horizon) -> bool:
    """The batch was computed for another horizon than the registry's now."""
    return stored is None or (stored.horizon.start, stored.horizon.stand) != (
        horizon.start,
        horizon.stand,
    )


def forget_parsed() -> None:
    _parsed.clear()
