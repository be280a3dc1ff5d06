# SPDX-License-Identifier: EUPL-1.2
"""The database settings made from WERKSPOOR_DATABASE_URL: SQLite's pragmas, PostgreSQL's
prepared statements (off for a pooler in transaction mode)."""

import pytest
from django.db import connection

from werkspoor.conf import settings as werkspoor_settings

PG_URL = "postgresql://werkspoor:geheim@127.0.0.1:5432/werkspoor"


def test_postgresql_binds_on_the_server_and_prepares_a_repeated_statement():
    options = werkspoor_settings._database_from_url(PG_URL)["OPTIONS"]
    assert options == {"server_side_binding": True, "prepare_threshold": 2}


def test_behind_a_transaction_pooler_nothing_is_prepared(monkeypatch):
    monkeypatch.setattr(werkspoor_settings, "PG_PREPARED_STATEMENTS", False)
    assert not werkspoor_settings._database_from_url(PG_URL).get("OPTIONS")


def test_sqlite_keeps_its_pragmas_and_no_postgresql_options(tmp_path):
    options = werkspoor_settings._database_from_url(f"sqlite:///{tmp_path}/w.sqlite3")["OPTIONS"]
    assert "journal_mode=WAL" in options["init_command"]
    assert "server_side_binding" not in options


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's connection")
def test_the_connection_prepares_what_it_runs_twice():
    from werkspoor.registry.models import Inwoner

    for _ in range(3):
        list(Inwoner.objects.filter(pk=1))
    assert connection.connection.prepare_threshold == 2
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_prepared_statements")
        assert cursor.fetchone()[0] >= 1
