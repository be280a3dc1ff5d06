# SPDX-License-Identifier: EUPL-1.2
"""What other apps ask of the indicators: published (disclosure-controlled) figures."""

from __future__ import annotations

from werkspoor.core.gemeente import current_gemeente
from werkspoor.core.periods import Quarter

from .catalogue import catalogue
from .cells import Cel
from .disclosure import apply_disclosure
from .engine import Engine
from .output import sort_cells


def default_threshold() -> int:
    return current_gemeente().onthulling_min_personen


def published_cells(
    van: Quarter,
    tot: Quarter,
    drempel: int | None = None,
    ids: list[str] | None = None,
    engine: Engine | None = None,
) -> list[Cel]:
    """Every cell van..tot, sorted as the catalogue, with disclosure control applied
    (`drempel` None = the municipality's threshold; 0 = none, for authorised roles)."""
    cat = catalogue()
    own_engine = engine is None
    engine = engine or Engine()
    try:
        cells = engine.compute(van, tot, ids)
    finally:
        if own_engine:
            engine.close()
    threshold = default_threshold() if drempel is None else drempel
    controlled = apply_disclosure(cells, cat, threshold)
    return sort_cells(controlled, [i.id for i in cat])
