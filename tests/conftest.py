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


@pytest.fixture(autouse=True)
def fresh_registry_stand():
    """The stand and first data day are cached per process; every test starts afresh."""
    from werkspoor.registry.stand import clear_cache

    clear_cache()
    yield
    clear_cache()


@pytest.fixture(autouse=True)
def no_precompute_on_signals(settings):
    """Tests that want precomputed figures ask for them (`published`): a demo city or an
    import in a test does not start a precomputation."""
    settings.WERKSPOOR_VOORBEREKENEN = False
    settings.WERKSPOOR_PDF_NA_GOEDKEURING = "uit"  # no process on the developer's database


@pytest.fixture
def published(kleine_stad, settings):
    """The kleine stad with its registry complete from 2019 up to 2021, precomputed as the
    web app serves it."""
    from werkspoor.reports import store

    settings.WERKSPOOR_EERSTE_DATUM = "2019-01-01"
    settings.WERKSPOOR_STAND = "2021-12-31"
    store.forget_parsed()
    store.precompute()
    yield store.current()
    store.forget_parsed()


@pytest.fixture(autouse=True)
def _fresh_matching_profiles():
    """The ranking keeps the pool's profiles a minute per process; a test starts without."""
    from werkspoor.matching.ranking import forget_profiles

    forget_profiles()
    yield
    forget_profiles()
