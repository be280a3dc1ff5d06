# SPDX-License-Identifier: EUPL-1.2
"""Database triggers that make the audit log append-only (UPDATE and DELETE are refused).

`install` is run by the migration; `uninstall` exists only so that tests which empty the
whole database between runs (live-server tests) can do so.
"""

TABLE = "core_auditrecord"
MESSAGE = "auditlog is alleen-toevoegen"


def install(connection) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"CREATE OR REPLACE FUNCTION {TABLE}_append_only() RETURNS trigger AS $$ "
                f"BEGIN RAISE EXCEPTION '{MESSAGE}'; END; $$ LANGUAGE plpgsql"
            )
            cursor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_append_only ON {TABLE}")
            cursor.execute(
                f"CREATE TRIGGER {TABLE}_append_only BEFORE UPDATE OR DELETE ON {TABLE} "
                f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_append_only()"
            )
        elif connection.vendor == "sqlite":
            for event in ("update", "delete"):
                cursor.execute(
                    f"CREATE TRIGGER IF NOT EXISTS {TABLE}_no_{event} BEFORE {event.upper()} "
                    f"ON {TABLE} BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
                )


def uninstall(connection) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_append_only ON {TABLE}")
        elif connection.vendor == "sqlite":
            for event in ("update", "delete"):
                cursor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_no_{event}")
