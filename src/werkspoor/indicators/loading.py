# SPDX-License-Identifier: EUPL-1.2
"""Copying the registry into an in-memory DuckDB: one SELECT per table, read straight into
Arrow columns by an ADBC driver (SQLite or PostgreSQL, C code end to end), or through
Django's own connection where ADBC cannot see the data: an in-memory database or rows not
yet committed in an open transaction (the tests).

ADBC reads run on one connection per core, in threads (the drivers and Arrow release the
GIL), and all of them see one and the same state of the registry: PostgreSQL shares an
exported snapshot; SQLite starts every read transaction while holding the write lock, so
that no commit can fall in between. SQLite files are read by a child process (see
sqlite_reader: ADBC's copy of SQLite must never share a process with Django's)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from contextlib import ExitStack, closing
from datetime import date
from decimal import Decimal
from functools import cache
from urllib.parse import quote

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
from django.db import connection
from django.utils.module_loading import import_string

from werkspoor.applications.models import Aanvraag
from werkspoor.core.termijnen import alle_termijnen
from werkspoor.core.werkdagen import FIRST_YEAR, LAST_YEAR, kalender_rows
from werkspoor.debt.models import Schuldhulptraject, Vroegsignaal
from werkspoor.employers.models import Ontmoeting, Plaatsing, Werkgever
from werkspoor.inburgering.models import Inburgering
from werkspoor.indicators.sqlite_reader import (
    read_in_parallel,
    read_tables_in_child,
    run_statement,
)
from werkspoor.payments.models import Betaling
from werkspoor.poverty.models import UPas
from werkspoor.registry.models import (
    ArrangementPeriode,
    Contactmoment,
    Deeltijdwerk,
    Doel,
    Inwoner,
    Kind,
    KtoRespons,
    Toewijzing,
    Traject,
    Uitkering,
)

DATE, TEXT, INT, BOOL, FLOAT = pa.date32(), pa.string(), pa.int64(), pa.bool_(), pa.float64()
CHUNK_ROWS = 200_000

# DuckDB table name -> (model, [(column, arrow type)]); column names are the registry's.
# The parallel readers take the tables in this order: the largest (payments, contacts) first.
TABLES = {
    # Amounts arrive as doubles; definitions sum them as DECIMAL(18, 2), exact to the cent.
    "betaling": (
        Betaling,
        [("inwoner_id", INT), ("regeling", TEXT), ("maand", DATE), ("bedrag", FLOAT)],
    ),
    "contactmoment": (Contactmoment, [("inwoner_id", INT), ("datum", DATE), ("kanaal", TEXT)]),
    "upas": (UPas, [("inwoner_id", INT), ("pasjaar", INT), ("tegoed", FLOAT), ("besteed", FLOAT)]),
    "inwoner": (
        Inwoner,
        [
            ("id", INT),
            ("geboortedatum", DATE),
            ("wijk", TEXT),
            ("huishoudtype", TEXT),
            ("structurele_arbeidsbeperking", BOOL),
            ("inburgeraar", BOOL),
            ("statushouder", BOOL),
            ("werkdienstverlening_override", TEXT),
        ],
    ),
    "kind": (Kind, [("inwoner_id", INT), ("geboortedatum", DATE)]),
    "uitkering": (
        Uitkering,
        [
            ("id", INT),
            ("inwoner_id", INT),
            ("regeling", TEXT),
            ("startdatum", DATE),
            ("einddatum", DATE),
            ("reden_beeindiging", TEXT),
        ],
    ),
    "arrangementperiode": (
        ArrangementPeriode,
        [("inwoner_id", INT), ("arrangement", INT), ("startdatum", DATE), ("einddatum", DATE)],
    ),
    "toewijzing": (
        Toewijzing,
        [("inwoner_id", INT), ("werkcoach_id", INT), ("startdatum", DATE), ("einddatum", DATE)],
    ),
    "traject": (
        Traject,
        [("inwoner_id", INT), ("instrument", TEXT), ("startdatum", DATE), ("einddatum", DATE)],
    ),
    "deeltijdwerk": (
        Deeltijdwerk,
        [("inwoner_id", INT), ("startdatum", DATE), ("einddatum", DATE)],
    ),
    "doel": (
        Doel,
        [("inwoner_id", INT), ("startdatum", DATE), ("status", TEXT), ("statusdatum", DATE)],
    ),
    "ontmoeting": (Ontmoeting, [("werkgever_id", INT), ("inwoner_id", INT), ("datum", DATE)]),
    "plaatsing": (
        Plaatsing,
        [("werkgever_id", INT), ("inwoner_id", INT), ("datum", DATE), ("soort", TEXT)],
    ),
    "werkgever": (Werkgever, [("id", INT), ("sector", TEXT)]),
    "kto": (KtoRespons, [("datum", DATE), ("thema", TEXT), ("cijfer", INT)]),
    "vroegsignaal": (
        Vroegsignaal,
        [
            ("inwoner_id", INT),
            ("datum", DATE),
            ("bron", TEXT),
            ("contactdatum", DATE),
            ("aanmelding", BOOL),
        ],
    ),
    "schuldhulptraject": (
        Schuldhulptraject,
        [
            ("inwoner_id", INT),
            ("aanmelddatum", DATE),
            ("spoed", BOOL),
            ("eerste_gesprek", DATE),
            ("plan_datum", DATE),
            ("soort", TEXT),
            ("einddatum", DATE),
            ("resultaat", TEXT),
        ],
    ),
    "inburgering": (
        Inburgering,
        [
            ("inwoner_id", INT),
            ("startdatum", DATE),
            ("doelgroep", TEXT),
            ("pip_datum", DATE),
            ("route", TEXT),
            ("einddatum", DATE),
            ("resultaat", TEXT),
        ],
    ),
    "aanvraag": (
        Aanvraag,
        [
            ("id", INT),
            ("inwoner_id", INT),
            ("regeling", TEXT),
            ("aanvraagdatum", DATE),
            ("besluitdatum", DATE),
            ("besluit", TEXT),
            ("opschorting_dagen", INT),
        ],
    ),
}

# Municipal configuration that definitions join with, as tables (dated data with sources).
CONFIG_TABLES = {
    "beslistermijn": "werkspoor.applications.termijnen.beslistermijn_table",
    "budget": "werkspoor.payments.budgets.budget_table",
    "budgetregeling": "werkspoor.payments.budgets.budgetregeling_table",
}


def _arrow_column(values, arrow_type: pa.DataType) -> pa.Array:
    # SQLite hands dates over as ISO text and booleans as 0/1; Arrow casts both in C.
    array = values if isinstance(values, pa.ChunkedArray | pa.Array) else None
    if array is None:
        sample = next((value for value in values if value is not None), None)
        if isinstance(sample, Decimal):
            array = pa.array(values)  # decimal128, cast below
        elif not isinstance(sample, str | int) or type(sample) is bool:
            return pa.array(values, type=arrow_type)
        else:
            array = pa.array(values, type=TEXT if isinstance(sample, str) else INT)
    if array.type == arrow_type:
        return array
    if pa.types.is_string(array.type) and arrow_type == DATE:
        array = pc.if_else(pc.equal(array, ""), None, array)  # '' stands for NULL, see below
    return array.cast(arrow_type)


def _select_sql(model, columns: list[tuple[str, pa.DataType]], quote_name, empty_for_null: bool):
    """SELECT of the columns; nullable dates as '' when `empty_for_null` (ADBC's SQLite driver
    takes a column's type from its first rows and refuses text after a run of NULLs)."""
    names = []
    for name, arrow_type in columns:
        field = model._meta.get_field(name.removesuffix("_id") if name != "id" else name)
        quoted = quote_name(name)
        if empty_for_null and field.null and arrow_type == DATE:
            quoted = f"COALESCE({quoted}, '') AS {quoted}"
        elif arrow_type == FLOAT:  # SQLite keeps 150.00 as an integer, PostgreSQL as numeric
            quoted = f"CAST({quoted} AS DOUBLE PRECISION) AS {quoted}"
        names.append(quoted)
    return f"SELECT {', '.join(names)} FROM {quote_name(model._meta.db_table)}"


def _typed_table(table: pa.Table, columns: list[tuple[str, pa.DataType]]) -> pa.Table:
    schema = pa.schema(columns)
    arrays = [_arrow_column(table.column(i), t) for i, (_, t) in enumerate(columns)]
    return pa.Table.from_arrays(arrays, schema=schema)


def fetch_table(model, columns: list[tuple[str, pa.DataType]]) -> pa.Table:
    """All rows of one registry table as an Arrow table, through Django's connection."""
    sql = _select_sql(model, columns, connection.ops.quote_name, empty_for_null=False)
    schema = pa.schema(columns)
    batches = []
    with connection.cursor() as cursor:
        cursor.execute(sql)
        while rows := cursor.fetchmany(CHUNK_ROWS):
            by_column = zip(*rows, strict=True)
            arrays = [_arrow_column(v, t) for v, (_, t) in zip(by_column, columns, strict=True)]
            batches.append(pa.RecordBatch.from_arrays(arrays, schema=schema))
    return pa.Table.from_batches(batches, schema=schema)


def _postgresql_connect():
    """A function opening an ADBC connection to the configured PostgreSQL database."""
    import adbc_driver_postgresql.dbapi

    settings = connection.settings_dict
    user = quote(settings.get("USER") or "")
    password = quote(settings.get("PASSWORD") or "")
    credentials = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = settings.get("HOST") or "localhost"
    port = f":{settings['PORT']}" if settings.get("PORT") else ""
    uri = f"postgresql://{credentials}{host}{port}/{quote(settings['NAME'])}"
    return lambda: adbc_driver_postgresql.dbapi.connect(uri)


def bulk_reader() -> str | None:
    """How the registry is read outside Django's connection: "postgresql" (ADBC in this
    process), "sqlite" (ADBC in a child process, see sqlite_reader) or None (Django's
    connection: in-memory SQLite, or inside a transaction, whose rows another connection
    cannot see)."""
    if connection.in_atomic_block:
        return None
    if connection.vendor == "sqlite" and not connection.is_in_memory_db():
        return "sqlite"
    if connection.vendor == "postgresql":
        return "postgresql"
    return None


def _postgresql_snapshot(connections: list) -> None:
    """One REPEATABLE READ snapshot, exported by the first connection to the others."""
    isolation = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"
    run_statement(connections[0], isolation)
    snapshot = run_statement(connections[0], "SELECT pg_export_snapshot()")[0][0]
    for adbc in connections[1:]:
        run_statement(adbc, isolation)
        run_statement(adbc, f"SET TRANSACTION SNAPSHOT '{snapshot}'")


def _reader_count() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _registry_queries(vendor: str) -> dict[str, str]:
    quote_name = connection.ops.quote_name
    return {
        name: _select_sql(model, columns, quote_name, empty_for_null=vendor == "sqlite")
        for name, (model, columns) in TABLES.items()
    }


def _read_postgresql(queries: dict[str, str]) -> dict[str, pa.Table]:
    connect = _postgresql_connect()
    with ExitStack() as stack:
        connections = [stack.enter_context(closing(connect())) for _ in range(_reader_count())]
        _postgresql_snapshot(connections)
        tables = read_in_parallel(connections, queries)
        for adbc in connections:
            adbc.rollback()
        return tables


def read_registry() -> dict[str, pa.Table]:
    """Every registry table the indicators use, as Arrow tables keyed by DuckDB name."""
    vendor = bulk_reader()
    if vendor is None:
        return {name: fetch_table(model, columns) for name, (model, columns) in TABLES.items()}
    if vendor == "sqlite":
        return read_sqlite_file(str(connection.settings_dict["NAME"]))
    raw = _read_postgresql(_registry_queries(vendor))
    return {name: _typed_table(raw[name], columns) for name, (_, columns) in TABLES.items()}


def read_sqlite_file(database: str, names: Iterable[str] = TABLES) -> dict[str, pa.Table]:
    """The named registry tables of a SQLite file, typed, read by a child process."""
    queries = {name: sql for name, sql in _registry_queries("sqlite").items() if name in names}
    raw = read_tables_in_child(database, queries, _reader_count())
    return {name: _typed_table(raw[name], TABLES[name][1]) for name in queries}


def read_configuration() -> dict[str, pa.Table]:
    return {name: import_string(path)() for name, path in CONFIG_TABLES.items()}


@cache
def _configuration(gemeente: str) -> dict[str, pa.Table]:
    termijnen = [value for values in alle_termijnen().values() for value in values]
    days, working, counts = kalender_rows(date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31))
    return {
        # The legal terms, dated (core/termijnen.py): the value for an event on day d is the
        # row with van <= d < tot (tot NULL: still in force).
        "termijn": pa.table(
            {
                "code": [t.code for t in termijnen],
                "eenheid": [t.eenheid for t in termijnen],
                "waarde": pa.array([t.waarde for t in termijnen], INT),
                "van": pa.array([t.van for t in termijnen], DATE),
                "tot": pa.array([t.tot for t in termijnen], DATE),
            }
        ),
        # Every day with the working days (Atw) counted up to it: the n-th working day after
        # day a is the working day whose `werkdagen` is a's plus n.
        "kalender": pa.table(
            {
                "dag": pa.array(days, DATE),
                "werkdag": pa.array(working, BOOL),
                "werkdagen": pa.array(counts, INT),
            }
        ),
    }


def configuration_tables() -> dict[str, pa.Table]:
    """The municipality's configuration the definitions read (terms, working days)."""
    from django.conf import settings

    return _configuration(settings.WERKSPOOR_GEMEENTE)


def load_registry(db: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Create every registry table and the configuration tables in `db`; returns the row
    count per table."""
    counts = {}
    for name, table in (read_registry() | configuration_tables() | read_configuration()).items():
        db.register(f"_arrow_{name}", table)
        db.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM _arrow_{name}")
        db.unregister(f"_arrow_{name}")
        counts[name] = table.num_rows
    return counts
