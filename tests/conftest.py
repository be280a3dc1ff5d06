# SPDX-License-Identifier: EUPL-1.2
"""Shared fixtures: one builder for registry records, used by every app's tests."""

from datetime import date

import pytest

from tests.builders import RegistryBuilder


@pytest.fixture
def build(db) -> RegistryBuilder:
    return RegistryBuilder()


@pytest.fixture
def peildatum() -> date:
    return date(2021, 12, 31)


@pytest.fixture
def kleine_stad(build):
    """The hand-made town of tests/indicators/kleine_stad.py in the test database."""
    from tests.indicators.kleine_stad import build_kleine_stad

    build_kleine_stad(build)


@pytest.fixture(autouse=True)
def _fresh_matching_profiles():
    """The ranking keeps the pool's profiles a minute per process; a test starts without."""
    from werkspoor.matching.ranking import forget_profiles

    forget_profiles()
    yield
    forget_profiles()
