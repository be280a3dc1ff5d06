# SPDX-License-Identifier: EUPL-1.2
"""Shared fixtures: one builder for registry records, used by every app's tests."""

from datetime import date
from pathlib import Path

import pytest

from tests.builders import RegistryBuilder


@pytest.fixture(scope="session")
def audit_key(tmp_path_factory) -> Path:
    """One Ed25519 key pair for the test run (the demo would make one in DATA_DIR)."""
    from werkspoor.core.audit import keys

    folder = tmp_path_factory.mktemp("auditsleutel")
    private = folder / keys.DEMO_PRIVATE_NAME
    keys._generate(private, folder / keys.DEMO_PUBLIC_NAME)
    return private


@pytest.fixture(autouse=True)
def audit_checkpoints(settings, tmp_path, audit_key) -> Path:
    """Each test seals its audit log in a folder of its own, never in the repository's data/."""
    settings.WERKSPOOR_AUDIT_PRIVATE_KEY = str(audit_key)
    settings.WERKSPOOR_AUDIT_PUBLIC_KEY = ""
    settings.WERKSPOOR_AUDIT_CHECKPOINT_DIR = tmp_path / "audit-checkpoints"
    return settings.WERKSPOOR_AUDIT_CHECKPOINT_DIR


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
