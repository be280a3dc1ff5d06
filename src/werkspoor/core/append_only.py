# SPDX-License-Identifier: EUPL-1.2
"""Database triggers that make the audit log append-only: UPDATE and DELETE of a record are
refused, and the head counter (AuditKop) can only go up and cannot be deleted once a number
was handed out (an unused head may go: a test database is emptied between tests).

These stop the application and anyone without DDL rights; a database administrator can drop
them, which is what the signed checkpoints are for (docs/auditlog.md). `install` is run by
the migrations; `uninstall` exists for retention (audit/retention.py) and for tests that
empty the whole database between runs (live-server tests).
"""

TABLE = "core_auditrecord"
HEAD = "core_auditkop"
MESSAGE = "auditlog is alleen-toevoegen"
HEAD_MESSAGE = "de kop van het auditlog kan alleen vooruit"


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
            if _has_table(connection, HEAD):
                cursor.execute(
                    f"CREATE OR REPLACE FUNCTION {HEAD}_forward_only() RETURNS trigger AS $$ "
                    f"BEGIN IF (TG_OP = 'DELETE' AND OLD.volgnummer > 0) "
                    f"OR (TG_OP = 'UPDATE' AND NEW.volgnummer < OLD.volgnummer) THEN "
                    f"RAISE EXCEPTION '{HEAD_MESSAGE}'; END IF; "
                    "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END; $$ "
                    "LANGUAGE plpgsql"
                )
                cursor.execute(f"DROP TRIGGER IF EXISTS {HEAD}_forward_only ON {HEAD}")
                cursor.execute(
                    f"CREATE TRIGGER {HEAD}_forward_only BEFORE UPDATE OR DELETE ON {HEAD} "
                    f"FOR EACH ROW EXECUTE FUNCTION {HEAD}_forward_only()"
                )
        elif connection.vendor == "sqlite":
            for event in ("update", "delete"):
                cursor.execute(
                    f"CREATE TRIGGER IF NOT EXISTS {TABLE}_no_{event} BEFORE {event.upper()} "
                    f"ON {TABLE} BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
                )
            if _has_table(connection, HEAD):
                cursor.execute(
                    f"CREATE TRIGGER IF NOT EXISTS {HEAD}_no_delete BEFORE DELETE ON {HEAD} "
                    f"WHEN OLD.volgnummer > 0 BEGIN SELECT RAISE(ABORT, '{HEAD_MESSAGE}'); END"
                )
                cursor.execute(
                    f"CREATE TRIGGER IF NOT EXISTS {HEAD}_no_rollback BEFORE UPDATE ON {HEAD} "
                    f"WHEN NEW.volgnummer < OLD.volgnummer "
                    f"BEGIN SELECT RAISE(ABORT, '{HEAD_MESSAGE}'); END"
                )


def uninstall(connection) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_append_only ON {TABLE}")
            if _has_table(connection, HEAD):
                cursor.execute(f"DROP TRIGGER IF EXISTS {HEAD}_forward_only ON {HEAD}")
        elif connection.vendor == "sqlite":
            for event in ("update", "delete"):
                cursor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_no_{event}")
            cursor.execute(f"DROP TRIGGER IF EXISTS {HEAD}_no_delete")
            cursor.execute(f"DROP TRIGGER IF EXISTS {HEAD}_no_rollback")


def _has_table(connection, name: str) -> bool:
    return name in connection.introspection.table_names()
