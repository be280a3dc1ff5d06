# SPDX-License-Identifier: EUPL-1.2
"""Replacing the registry in the configured database: empty it, then insert every table in
one transaction with the driver's fastest path (executemany on SQLite, COPY on PostgreSQL).
The database's own checks and overlap triggers/exclusion constraints still run on every row."""

from __future__ import annotations

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction

from .columns import Table

REPLACED_APPS = ("registry", "employers")
BATCH = 50_000


def replaced_models() -> list[type]:
    """The registry and employer models, each after the models it refers to."""
    models = [m for m in apps.get_models() if m._meta.app_label in REPLACED_APPS]
    ordered: list[type] = []

    def visit(model):
        if model in ordered:
            return
        for field in model._meta.concrete_fields:
            target = field.related_model
            if field.is_relation and target in models and target is not model:
                visit(target)
        ordered.append(model)

    for model in models:
        visit(model)
    return ordered


def clear_city() -> None:
    """Empty the registry and employer tables (and detach other apps' rows pointing at them)."""
    models = replaced_models()
    with transaction.atomic():
        _detach_other_apps(models)
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                names = ", ".join(f'"{m._meta.db_table}"' for m in models)
                cursor.execute(f"TRUNCATE {names} RESTART IDENTITY")
            else:
                for model in reversed(models):
                    cursor.execute(f'DELETE FROM "{model._meta.db_table}"')


def _detach_other_apps(models: list[type]) -> None:
    for model in apps.get_models():
        if model in models:
            continue
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model in models:
                rows = model._default_manager.filter(**{f"{field.name}__isnull": False})
                if field.null:
                    rows.update(**{field.name: None})
                else:
                    rows.delete()


def write_tables(tables: list[Table]) -> dict[str, int]:
    """Insert the tables in order, in one transaction; returns rows per table."""
    counts = {}
    with transaction.atomic():
        connection.ensure_connection()
        raw = connection.connection
        for table in tables:
            columns, rows = _complete(table)
            insert = _copy if connection.vendor == "postgresql" else _executemany
            insert(raw, table.model._meta.db_table, columns, rows, len(table))
            counts[table.model._meta.db_table] = len(table)
        if connection.vendor == "postgresql":
            _reset_sequences([table.model for table in tables])
    return counts


def _complete(table: Table) -> tuple[list[str], callable]:
    """Database column names and a function giving rows [low, high), model defaults filled in."""
    fields = {f.attname: f for f in table.model._meta.concrete_fields}
    unknown = set(table.columns) - set(fields)
    if unknown:
        raise ValueError(f"{table.model.__name__}: onbekende kolommen {sorted(unknown)}")
    missing = [f for name, f in fields.items() if name not in table.columns]
    defaults = [f.get_default() if f.has_default() else None for f in missing]
    for field, default in zip(missing, defaults, strict=True):
        if default is None and not field.null:
            raise ValueError(f"{table.model.__name__}: kolom {field.attname} ontbreekt")
    names = [fields[name].column for name in table.columns] + [f.column for f in missing]

    def rows(low, high):
        values = table.rows(low, high) + [[d] * (high - low) for d in defaults]
        return zip(*values, strict=True)

    return names, rows


def _batches(count: int):
    for low in range(0, count, BATCH):
        yield low, min(low + BATCH, count)


def _executemany(raw, db_table: str, columns: list[str], rows, count: int) -> None:
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f'INSERT INTO "{db_table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    cursor = raw.cursor()
    try:
        for low, high in _batches(count):
            cursor.executemany(sql, rows(low, high))
    finally:
        cursor.close()


def _copy(raw, db_table: str, columns: list[str], rows, count: int) -> None:
    names = ", ".join(f'"{c}"' for c in columns)
    with raw.cursor() as cursor:
        with cursor.copy(f'COPY "{db_table}" ({names}) FROM STDIN') as copy:
            for low, high in _batches(count):
                for row in rows(low, high):
                    copy.write_row(row)


def _reset_sequences(models: list[type]) -> None:
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)
