# SPDX-License-Identifier: EUPL-1.2
"""What other apps ask of the indicators: published (disclosure-controlled) figures."""

from __future__ import annotations

from werkspoor.core.gemeente import current_gemeente
from werkspoor.core.periods import ReportingPeriod, periods_between

from .catalogue import catalogue
from .cells import Cel
from .disclosure import apply_disclosure
from .engine import Engine
from .output import sort_cells


def default_threshold() -> int:
    return current_gemeente().onthulling_min_personen


def published_cells(
    van,
    tot,
    drempel: int | None = None,
    ids: list[str] | None = None,
    engine: Engine | None = None,
) -> list[Cel]:
    """Every cell of the periods van..tot (both quarters or both years), sorted as the
    catalogue, with disclosure control applied (`drempel` None = the municipality's
    threshold; 0 = none, for authorised roles)."""
    return published_periods(periods_between(van, tot), drempel, ids, engine)


def published_periods(
    periods: list[ReportingPeriod],
    drempel: int | None = None,
    ids: list[str] | None = None,
    engine: Engine | None = None,
) -> list[Cel]:
    """As published_cells, for any periods (quarters, years and years to date at once)."""
    own_engine = engine is None
    engine = engine or Engine()
    try:
        cells = engine.compute_periods(periods, ids)
    finally:
        if own_engine:
            engine.close()
    return control(cells, drempel)


def control(cells: list[Cel], drempel: int | None = None) -> list[Cel]:
    """Disclosure control at the threshold (None = the municipality's), sorted as the
    catalogue."""
    cat = catalogue()
    threshold = default_threshold() if drempel is None else drempel
    controlled = apply_disclosure(cells, cat, threshold)
    return sort_cells(controlled, [i.id for i in cat])
