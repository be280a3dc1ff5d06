# SPDX-License-Identifier: EUPL-1.2
"""Copying the registry into an in-memory DuckDB: one SELECT per table, read straight into
Arrow columns by an ADBC driver (SQLite or PostgreSQL, C code end to end, all tables in one
read transaction), or through Django's own connection where ADBC cannot see the data: an
in-memory database or rows not yet committed in an open transaction (the tests)."""

from __future__ import annotations

from contextlib import closing
from urllib.parse import quote

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
from django.db import connection

from werkspoor.employers.models import Ontmoeting, Plaatsing
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

DATE, TEXT, INT, BOOL = pa.date32(), pa.string(), pa.int64(), pa.bool_()
CHUNK_ROWS = 200_000

# DuckDB table name -> (model, [(column, arrow type)]); column names are the registry's.
TABLES = {
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
    "contactmoment": (Contactmoment, [("inwoner_id", INT), ("datum", DATE), ("kanaal", TEXT)]),
    "ontmoeting": (Ontmoeting, [("werkgever_id", INT), ("inwoner_id", INT), ("datum", DATE)]),
    "plaatsing": (Plaatsing, [("werkgever_id", INT), ("inwoner_id", INT), ("datum", DATE)]),
    "kto": (KtoRespons, [("datum", DATE), ("thema", TEXT), ("cijfer", INT)]),
}


def _arrow_column(values, arrow_type: pa.DataType) -> pa.Array:
    # SQLite hands dates over as ISO text and booleans as 0/1; Arrow casts both in C.
    array = values if isinstance(values, pa.ChunkedArray | pa.Array) else None
    if array is None:
        sample = next((value for value in values if value is not None), None)
        if not isinstance(sample, str | int) or type(sample) is bool:
            return pa.array(values, type=arrow_type)
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


def _adbc_connection():
    """An ADBC connection to the configured database, or None where it cannot be used."""
    if connection.in_atomic_block:
        return None  # rows of the open transaction are invisible to another connection
    settings = connection.settings_dict
    if connection.vendor == "sqlite" and not connection.is_in_memory_db():
        import adbc_driver_sqlite.dbapi

        return adbc_driver_sqlite.dbapi.connect(str(settings["NAME"]))
    if connection.vendor == "postgresql":
        import adbc_driver_postgresql.dbapi

        user = quote(settings.get("USER") or "")
        password = quote(settings.get("PASSWORD") or "")
        credentials = f"{user}:{password}@" if password else (f"{user}@" if user else "")
        host = settings.get("HOST") or "localhost"
        port = f":{settings['PORT']}" if settings.get("PORT") else ""
        uri = f"postgresql://{credentials}{host}{port}/{quote(settings['NAME'])}"
        return adbc_driver_postgresql.dbapi.connect(uri)
    return None


def read_table(cursor, model, columns: list[tuple[str, pa.DataType]], vendor: str) -> pa.Table:
    """One registry table through an ADBC cursor on a `vendor` database, typed as `columns`."""
    sqlite = vendor == "sqlite"
    cursor.execute(_select_sql(model, columns, connection.ops.quote_name, empty_for_null=sqlite))
    return _typed_table(cursor.fetch_arrow_table(), columns)


def _bulk_tables(adbc) -> dict[str, pa.Table]:
    """Every table in one read transaction: a consistent snapshot of the registry."""
    with closing(adbc.cursor()) as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        tables = {
            name: read_table(cursor, model, columns, connection.vendor)
            for name, (model, columns) in TABLES.items()
        }
    adbc.rollback()
    return tables


def read_registry() -> dict[str, pa.Table]:
    """Every registry table the indicators use, as Arrow tables keyed by DuckDB name."""
    adbc = _adbc_connection()
    if adbc is None:
        return {name: fetch_table(model, columns) for name, (model, columns) in TABLES.items()}
    with closing(adbc):
        return _bulk_tables(adbc)


def load_registry(db: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Create every registry table in `db`; returns the row count per table."""
    counts = {}
    for name, table in read_registry().items():
        db.register(f"_arrow_{name}", table)
        db.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM _arrow_{name}")
        db.unregister(f"_arrow_{name}")
        counts[name] = table.num_rows
    return counts
