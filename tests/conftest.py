# SPDX-License-Identifier: EUPL-1.2
"""Shared fixtures: one builder for registry records, used by every app's tests."""

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from tests.builders import RegistryBuilder


@pytest.fixture(scope="session", autouse=True)
def test_run_settings():
    """For the whole run, module fixtures included (they are set up before any function
    fixture): Django's PBKDF2 takes half a second per password by design and a test user needs
    none of that (office fixtures make a dozen users); a demo city or an import in a test does
    not start a precomputation nor a PDF process (tests that want precomputed figures ask for
    them: `published`)."""
    from django.test import override_settings

    run = override_settings(
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        WERKSPOOR_VOORBEREKENEN=False,
        WERKSPOOR_PDF_NA_GOEDKEURING="uit",
    )
    run.enable()
    yield
    run.disable()


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
    from werkspoor.core.audit.writer import forget_refusal

    forget_refusal()  # a refusal in an earlier test does not hold this one back
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
def _empty_cache():
    """Django's cache (per process) holds e.g. the home page's key figures; a test starts
    without what an earlier test left."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _fresh_matching_profiles():
    """The ranking keeps the pool's profiles a minute per process; a test starts without."""
    from werkspoor.matching.ranking import forget_profiles

    forget_profiles()
    yield
    forget_profiles()


def _transactional(request) -> bool:
    """As pytest-django decides it (_django_db_helper): a test whose database is emptied
    table by table afterwards instead of rolled back."""
    marker = request.node.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction")) or any(
        name in request.fixturenames
        for name in ("transactional_db", "live_server", "django_db_reset_sequences")
    )


@pytest.fixture(autouse=True)
def audit_log_emptied_before_the_flush(request):
    """A transactional test ends with the whole database emptied, which the append-only
    audit log rightly refuses. Here, once for every such test and also when its own
    fixtures failed, the audit records and the head counter go first, with the guard lifted
    only for that and put back at once, so every test finds the guard in place."""
    if not _transactional(request):
        yield
        return
    request.getfixturevalue("_django_db_helper")  # torn down (the flush) after this fixture
    yield
    from django.db import connection

    from werkspoor.core import append_only

    append_only.uninstall(connection)
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {append_only.TABLE}")
            cursor.execute(f"DELETE FROM {append_only.HEAD}")
    finally:
        append_only.install(connection)


# The test modules that take longest, slowest first (measured with --durations on CI). The
# test runner's two workers take a whole module each (--dist loadfile); these go out first,
# so that no worker is left walking a long module alone while the other has finished. The
# other modules follow, those with the most tests first (pytest-xdist's own order).
LONGEST_FIRST = (
    "tests/demo/test_demo.py",
    "tests/web/test_every_page_werkplek.py",
    "tests/web/test_every_page_public.py",
    "tests/web/test_every_page_themes.py",
    "tests/indicators/test_engine_paths.py",
    "tests/reports/test_browser.py",
    "tests/web/test_browser_werkplek.py",
    "tests/web/test_browser.py",
    "tests/demo/test_builds.py",
    "tests/exchange/test_commands.py",
    "tests/reports/test_dashboard.py",
)


# A test that asks for one of these (itself or through another fixture) touches the database.
DATABASE_FIXTURES = frozenset(
    ("db", "transactional_db", "django_db_setup", "live_server", "django_db_reset_sequences")
)


def pytest_addoption(parser):
    parser.addoption(
        "--database-only",
        action="store_true",
        help="only the tests that touch the database (CI's second run, on PostgreSQL: the "
        "others would pass or fail there exactly as in the first run)",
    )


def _touches_database(item) -> bool:
    return bool(DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))) or (
        item.get_closest_marker("django_db") is not None
    )


def pytest_configure(config):
    """pytest-xdist hands out the modules in the order of the collection
    (pytest_collection_modifyitems below), not by its count of tests alone."""
    if hasattr(config.option, "loadscopereorder"):
        config.option.loadscopereorder = False


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    if config.getoption("database_only"):
        others = [item for item in items if not _touches_database(item)]
        if others:
            config.hook.pytest_deselected(items=others)
            items[:] = [item for item in items if _touches_database(item)]
    module = {item: item.nodeid.split("::")[0] for item in items}
    count = Counter(module.values())
    rank = {path: n for n, path in enumerate(LONGEST_FIRST)}
    items.sort(
        key=lambda item: (rank.get(module[item], len(rank)), -count[module[item]], module[item])
    )
