# SPDX-License-Identifier: EUPL-1.2
"""Database triggers on PostgreSQL (the production database): log lines and the ledger are
never updated, a line is deleted only with its segment marked removed (retention), and the
ledger is never deleted from. Verification (`werkspoor logboek-verify`) is the check on both
databases; on SQLite, the embedded demo database, the chains are the only guard, because
its test and demo resets delete table by table in no fixed order."""

LINES, LEDGER, SEGMENTS = "logbook_verwerking", "logbook_verwijdering", "logbook_segment"
MESSAGE = "logboek dataverwerkingen: alleen toevoegen; verwijderen alleen per verlopen segment"


def install(connection) -> None:
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE OR REPLACE FUNCTION {LINES}_guard() RETURNS trigger AS $$ BEGIN "
            f"IF TG_OP = 'UPDATE' OR EXISTS (SELECT 1 FROM {SEGMENTS} s "
            f"WHERE s.id = OLD.segment_id AND s.verwijderd_op IS NULL) "
            f"THEN RAISE EXCEPTION '{MESSAGE}'; END IF; RETURN OLD; END; $$ LANGUAGE plpgsql"
        )
        cursor.execute(f"DROP TRIGGER IF EXISTS {LINES}_guard ON {LINES}")
        cursor.execute(
            f"CREATE TRIGGER {LINES}_guard BEFORE UPDATE OR DELETE ON {LINES} "
            f"FOR EACH ROW EXECUTE FUNCTION {LINES}_guard()"
        )
        cursor.execute(
            f"CREATE OR REPLACE FUNCTION {LEDGER}_guard() RETURNS trigger AS $$ "
            f"BEGIN RAISE EXCEPTION '{MESSAGE}'; END; $$ LANGUAGE plpgsql"
        )
        cursor.execute(f"DROP TRIGGER IF EXISTS {LEDGER}_guard ON {LEDGER}")
        cursor.execute(
            f"CREATE TRIGGER {LEDGER}_guard BEFORE UPDATE OR DELETE ON {LEDGER} "
            f"FOR EACH ROW EXECUTE FUNCTION {LEDGER}_guard()"
        )


def uninstall(connection) -> None:
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TRIGGER IF EXISTS {LINES}_guard ON {LINES}")
        cursor.execute(f"DROP TRIGGER IF EXISTS {LEDGER}_guard ON {LEDGER}")
