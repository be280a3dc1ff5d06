# SPDX-License-Identifier: EUPL-1.2
"""Copying the registry into an in-memory DuckDB: one SELECT per table through Django's
connection (SQLite or PostgreSQL alike), fetched in chunks into Arrow columns."""

from __future__ import annotations

import duckdb
import pyarrow as pa
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


def _arrow_column(values: tuple, arrow_type: pa.DataType) -> pa.Array:
    # SQLite hands dates over as ISO text and booleans as 0/1; Arrow casts both in C.
    sample = next((value for value in values if value is not None), None)
    if isinstance(sample, str) and arrow_type == DATE:
        return pa.array(values, type=TEXT).cast(DATE)
    if type(sample) is int and arrow_type == BOOL:
        return pa.array(values, type=INT).cast(BOOL)
    return pa.array(values, type=arrow_type)


def fetch_table(model, columns: list[tuple[str, pa.DataType]]) -> pa.Table:
    """All rows of one registry table as an Arrow table (one SELECT, fetched in chunks)."""
    quote = connection.ops.quote_name
    names = [name for name, _ in columns]
    sql = f"SELECT {', '.join(quote(n) for n in names)} FROM {quote(model._meta.db_table)}"
    schema = pa.schema([(name, arrow_type) for name, arrow_type in columns])
    batches = []
    with connection.cursor() as cursor:
        cursor.execute(sql)
        while rows := cursor.fetchmany(CHUNK_ROWS):
            arrays = [
                _arrow_column(values, t) for values, (_, t) in zip(zip(*rows), columns, strict=True)
            ]
            batches.append(pa.RecordBatch.from_arrays(arrays, schema=schema))
    return pa.Table.from_batches(batches, schema=schema)


def load_registry(db: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Create every registry table in `db`; returns the row count per table."""
    counts = {}
    for name, (model, columns) in TABLES.items():
        table = fetch_table(model, columns)
        db.register(f"_arrow_{name}", table)
        db.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM _arrow_{name}")
        db.unregister(f"_arrow_{name}")
        counts[name] = table.num_rows
    return counts
