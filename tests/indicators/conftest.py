# SPDX-License-Identifier: EUPL-1.2
"""The kleine stad computed once per module, looked up by indicator, quarter and breakdown."""

import pytest
from django.db import transaction

from tests.builders import RegistryBuilder
from tests.indicators.kleine_stad import build_kleine_stad
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


@pytest.fixture(scope="module")
def kleine_stad_for_the_module(django_db_setup, django_db_blocker):
    """The kleine stad written once for the module in a transaction of its own, which the
    tests' transactions nest in (as savepoints) and which is rolled back after the module:
    nothing is left behind, not even the logbook lines of the computations."""
    with django_db_blocker.unblock(), transaction.atomic():
        build_kleine_stad(RegistryBuilder())
        try:
            yield
        finally:
            transaction.set_rollback(True)


@pytest.fixture(scope="module")
def figures(kleine_stad_for_the_module, django_db_blocker):
    """Every indicator 2019Q1-2021Q4 of the kleine stad, computed once for the module."""
    with django_db_blocker.unblock():
        engine = Engine()
        try:
            return Figures(engine.compute(Quarter(2019, 1), Quarter(2021, 4)))
        finally:
            engine.close()
