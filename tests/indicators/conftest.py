# SPDX-License-Identifier: EUPL-1.2
"""The kleine stad computed once per test, looked up by indicator, quarter and breakdown."""

import pytest

from werkspoor.core.periods import Quarter
from werkspoor.indicators.engine import Engine


class Figures:
    def __init__(self, cells):
        self.cells = cells
        self._index = {(c.indicator, c.periode, c.sleutel): c for c in cells}
        self._by_breakdown = {
            (c.indicator, c.periode, tuple(sorted(c.uitsplitsing.items()))): c for c in cells
        }

    def __call__(self, indicator, periode="2020Q4", **uitsplitsing):
        key = (indicator, periode, tuple(sorted(uitsplitsing.items())))
        return self._by_breakdown[key].waarde

    def cel(self, indicator, periode="2020Q4", **uitsplitsing):
        return self._by_breakdown[(indicator, periode, tuple(sorted(uitsplitsing.items())))]

    def has(self, indicator, periode="2020Q4", **uitsplitsing):
        return (indicator, periode, tuple(sorted(uitsplitsing.items()))) in self._by_breakdown


@pytest.fixture
def figures(kleine_stad):
    engine = Engine()
    try:
        return Figures(engine.compute(Quarter(2019, 1), Quarter(2021, 4)))
    finally:
        engine.close()
