# SPDX-License-Identifier: EUPL-1.2
"""`--database-only` (CI's PostgreSQL run) keeps every test that touches the database, also
through another fixture or a marker, and leaves out the ones that cannot."""

from types import SimpleNamespace

import pytest

from tests.conftest import _touches_database


def _item(*fixtures, marker=None):
    return SimpleNamespace(
        fixturenames=list(fixtures), get_closest_marker=lambda name: marker if name else None
    )


@pytest.mark.parametrize(
    "item, touches",
    [
        (_item("build", "db", "settings"), True),  # `build` asks for db
        (_item("live_server", "transactional_db"), True),
        (_item("city", "django_db_setup", "django_db_blocker"), True),  # a module's own city
        (_item("settings", marker=pytest.mark.django_db), True),
        # pytest-django gives every test the blocker; that alone touches nothing
        (_item("settings", "django_db_blocker", "tmp_path"), False),
        (_item("case"), False),
    ],
)
def test_a_test_touches_the_database_through_any_database_fixture_or_the_marker(item, touches):
    assert _touches_database(item) is touches


def test_this_module_itself_runs_without_a_database(request):
    assert not _touches_database(request.node)
