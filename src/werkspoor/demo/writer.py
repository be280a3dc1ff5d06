# SPDX-License-Identifier: EUPL-1.2
"""Writing the demo city into the configured database, replacing the registry.

Rows go in with their ids in one transaction: COPY on PostgreSQL, executemany on SQLite.
The database's own constraints (checks, overlap triggers / exclusion constraints) still
apply, so a generator bug cannot slip invalid data in.
"""

from __future__ import annotations

import numpy as np
from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, models, transaction

from werkspoor.registry import name_index

# Table key -> model, in dependency order.
MODELS = {
    "team": "registry.Team",
    "werkcoach": "registry.Werkcoach",
    "inwoner": "registry.Inwoner",
    "kind": "registry.Kind",
    "aanvraag": "applications.Aanvraag",
    "uitkering": "registry.Uitkering",
    "arrangementperiode": "registry.ArrangementPeriode",
    "toewijzing": "registry.Toewijzing",
    "doel": "registry.Doel",
    "traject": "registry.Traject",
    "deeltijdwerk": "registry.Deeltijdwerk",
    "contactmoment": "registry.Contactmoment",
    "medischadvies": "registry.MedischAdvies",
    "ktorespons": "registry.KtoRespons",
    "werkgever": "employers.Werkgever",
    "vacature": "employers.Vacature",
    "ontmoeting": "employers.Ontmoeting",
    "plaatsing": "employers.Plaatsing",
    "upas": "poverty.UPas",
    "vroegsignaal": "debt.Vroegsignaal",
    "schuldhulptraject": "debt.Schuldhulptraject",
    "inburgering": "inburgering.Inburgering",
    "betaling": "payments.Betaling",
}


def registry_models():
    return [apps.get_model(label) for label in MODELS.values()]


def _tables_to_empty() -> list[str]:
    """The registry's tables and every table that refers to them (other apps' data about
    residents), so nothing is left pointing at a person who no longer exists."""
    tables = {m._meta.db_table for m in registry_models()}
    grew = True
    while grew:
        grew = False
        for model in apps.get_models():
            if model._meta.db_table in tables or not model._meta.managed:
                continue
            for field in model._meta.concrete_fields:
                if field.is_relation and field.related_model._meta.db_table in tables:
                    tables.add(model._meta.db_table)
                    grew = True
                    break
    return sorted(tables)


def empty_registry():
    """Delete every registry row. Atomic, because SQLite checks foreign keys at commit."""
    statements = connection.ops.sql_flush(
        no_style(), _tables_to_empty(), reset_sequences=False, allow_cascade=True
    )
    postgres = connection.vendor == "postgresql"
    with transaction.atomic(), connection.cursor() as cursor:
        if postgres:  # TRUNCATE refuses while deferred FK checks of this transaction wait
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for sql in statements:
            cursor.execute(sql)
        if postgres:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def write_city(tables: dict[str, dict], progress=None):
    with transaction.atomic(), name_index.bulk_load():
        empty_registry()
        for key, label in MODELS.items():
            _write_table(apps.get_model(label), tables[key])
            if progress:
                progress(key, len(tables[key]["id"]))
        _reset_sequences()


CHUNK_ROWS = 100_000


def _python_values(column, start: int, end: int) -> list:
    """Plain Python values for the database driver (numpy scalars are not adapted)."""
    part = column[start:end]
    return part.tolist() if isinstance(part, np.ndarray) else list(part)


def _write_table(model, columns: dict):
    """Insert the columns chunk by chunk, so that a national-size table never exists as one
    list of Python rows."""
    names = list(columns)
    n = len(columns["id"])
    if n == 0:
        return
    db_columns = [model._meta.get_field(_field_name(model, name)).column for name in names]
    table = connection.ops.quote_name(model._meta.db_table)
    quoted = ", ".join(connection.ops.quote_name(c) for c in db_columns)
    with connection.cursor() as cursor:
        for start in range(0, n, CHUNK_ROWS):
            end = min(n, start + CHUNK_ROWS)
            values = [_python_values(columns[name], start, end) for name in names]
            rows = zip(*values, strict=True)
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                marks = ", ".join(["%s"] * len(names))
                cursor.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({marks})", list(rows))


def _field_name(model, name: str) -> str:
    return name[:-3] if name.endswith("_id") and name != "external_id" else name


def _reset_sequences():
    statements = connection.ops.sequence_reset_sql(no_style(), registry_models())
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def append_rows(model, columns: dict) -> int:
    """Add rows to `model`'s table the fast way (as `write_city` does), for the demo parts
    that other apps write after the city: ids follow the highest one, the sequence is set
    after them. Returns the number of rows."""
    names = [name for name in columns if name != "id"]
    n = len(columns[names[0]]) if names else 0
    if n == 0:
        return 0
    first = (model.objects.aggregate(top=models.Max("pk"))["top"] or 0) + 1
    with transaction.atomic():
        _write_table(model, {"id": np.arange(first, first + n), **{k: columns[k] for k in names}})
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), [model]):
                cursor.execute(sql)
    return n
