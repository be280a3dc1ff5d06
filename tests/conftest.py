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
