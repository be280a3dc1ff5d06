# SPDX-License-Identifier: EUPL-1.2
"""A trigram index on residents' names, so that a search for part of a name reads the index
instead of every name (a LIKE '%...%' can use no ordinary index: at 100,000 residents that
was 10-50 ms a search on SQLite, and it grows with the registry).

- SQLite: an FTS5 table with the trigram tokenizer over `registry_inwoner` (external content:
  it stores no names of its own), kept up to date by triggers on the table. A schema change
  of the table rebuilds it without triggers on SQLite, so `ensure()` runs after every
  migrate and restores triggers and contents when they are missing.
- PostgreSQL: pg_trgm GIN indexes on UPPER(name), the expression Django's `icontains`
  compares. The matching ids are read from them first, as an array: with the search's
  ORDER BY ... LIMIT in the same query the planner preferred walking the ordinary name
  index in order and testing every name (for a common surname at 100,000 residents about
  8 times the work of reading the trigram indexes).

A part of a name shorter than three letters has no trigram: on SQLite a search with such a
part is done the plain way."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection
from django.db.models.expressions import RawSQL

TABLE = "search_inwoner_naam"
MIN_PART_LENGTH = 3  # a trigram

_SQLITE_TRIGGERS = {
    f"{TABLE}_ai": f"""
        CREATE TRIGGER IF NOT EXISTS {TABLE}_ai AFTER INSERT ON registry_inwoner BEGIN
            INSERT INTO {TABLE}(rowid, voornaam, achternaam)
            VALUES (new.id, new.voornaam, new.achternaam);
        END""",
    f"{TABLE}_ad": f"""
        CREATE TRIGGER IF NOT EXISTS {TABLE}_ad AFTER DELETE ON registry_inwoner BEGIN
            INSERT INTO {TABLE}({TABLE}, rowid, voornaam, achternaam)
            VALUES ('delete', old.id, old.voornaam, old.achternaam);
        END""",
    f"{TABLE}_au": f"""
        CREATE TRIGGER IF NOT EXISTS {TABLE}_au
        AFTER UPDATE OF voornaam, achternaam ON registry_inwoner BEGIN
            INSERT INTO {TABLE}({TABLE}, rowid, voornaam, achternaam)
            VALUES ('delete', old.id, old.voornaam, old.achternaam);
            INSERT INTO {TABLE}(rowid, voornaam, achternaam)
            VALUES (new.id, new.voornaam, new.achternaam);
        END""",
}

_POSTGRESQL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS search_inw_voornaam_trgm ON registry_inwoner "
    "USING gin (UPPER(voornaam::text) gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS search_inw_achternaam_trgm ON registry_inwoner "
    "USING gin (UPPER(achternaam::text) gin_trgm_ops)",
]


def _sqlite_names(cursor, kind: str) -> set[str]:
    cursor.execute("SELECT name FROM sqlite_master WHERE type = %s", [kind])
    return {name for (name,) in cursor.fetchall()}


def ensure(using=connection) -> bool:
    """Create what is missing (idempotent). True when the SQLite index was (re)filled."""
    with using.cursor() as cursor:
        if using.vendor == "postgresql":
            for statement in _POSTGRESQL:
                cursor.execute(statement)
            return False
        if using.vendor != "sqlite":
            return False
        if "registry_inwoner" not in _sqlite_names(cursor, "table"):
            return False
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(voornaam, achternaam, "
            "content='registry_inwoner', content_rowid='id', tokenize='trigram')"
        )
        missing = set(_SQLITE_TRIGGERS) - _sqlite_names(cursor, "trigger")
        for name in missing:
            cursor.execute(_SQLITE_TRIGGERS[name])
        if missing:  # names written while a trigger was missing are not in the index
            cursor.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")
        return bool(missing)


def drop(using=connection) -> None:
    with using.cursor() as cursor:
        if using.vendor == "sqlite":
            for name in _SQLITE_TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
            cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")
        elif using.vendor == "postgresql":
            cursor.execute("DROP INDEX IF EXISTS search_inw_voornaam_trgm")
            cursor.execute("DROP INDEX IF EXISTS search_inw_achternaam_trgm")


@contextmanager
def bulk_load(using=connection) -> Iterator[None]:
    """Around writing many residents at once (the demo city, an import that replaces the
    registry): the index is filled once afterwards instead of row by row (SQLite's trigger
    costs about 130 µs a resident, 8 times a direct insert; refilling 100,000 names takes
    about 2 s). Inside the caller's transaction, so a rollback restores the triggers.
    PostgreSQL keeps its indexes: they cannot be created in a transaction whose deferred
    foreign-key checks on the table are still pending."""
    if using.vendor != "sqlite":
        yield
        return
    drop(using)
    yield
    ensure(using)


def usable(parts) -> bool:
    """The index answers a name search: on SQLite when every part has a trigram, on
    PostgreSQL when one has (it tests the shorter parts on the rows the index found)."""
    if connection.vendor == "sqlite":
        return all(len(p) >= MIN_PART_LENGTH for p in parts)
    return connection.vendor == "postgresql" and any(len(p) >= MIN_PART_LENGTH for p in parts)


def matching_ids(parts) -> RawSQL:
    """The ids of residents with every part somewhere in the first or last name, for
    `pk__in`; only when `usable(parts)`."""
    if connection.vendor == "sqlite":
        return RawSQL(
            f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [_match_expression(parts)]
        )
    condition = "(UPPER(voornaam::text) LIKE UPPER(%s) OR UPPER(achternaam::text) LIKE UPPER(%s))"
    conditions = " AND ".join([condition] * len(parts))
    patterns = [f"%{connection.ops.prep_for_like_query(part)}%" for part in parts]
    return RawSQL(
        f"SELECT unnest(ARRAY(SELECT id FROM registry_inwoner WHERE {conditions}))",
        [pattern for pattern in patterns for _ in range(2)],
    )


def _match_expression(parts) -> str:
    """Every part somewhere in the first or last name: FTS5 strings, quotes doubled."""
    return " AND ".join('"' + part.replace('"', '""') + '"' for part in parts)
