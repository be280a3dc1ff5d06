# SPDX-License-Identifier: EUPL-1.2
"""Bringing the configured database to the current schema before a command uses it."""

from django.conf import settings
from django.core.management import call_command
from django.db import connection


def ensure_schema() -> None:
    """Create the SQLite folder if needed and apply every migration (quietly)."""
    if connection.vendor == "sqlite":
        name = settings.DATABASES["default"]["NAME"]
        if name and name != ":memory:" and not str(name).startswith("file:"):
            from pathlib import Path

            Path(name).parent.mkdir(parents=True, exist_ok=True)
    if _unapplied_migrations():
        call_command("migrate", interactive=False, verbosity=0)


def _unapplied_migrations() -> bool:
    """Whether migrate has work: a command on an up-to-date database starts without it."""
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))
