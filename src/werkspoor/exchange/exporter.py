# SPDX-License-Identifier: EUPL-1.2
"""Exporting the registry as an exchange folder: every file, every column, a stable order.

Rows are sorted in Python on their formatted text (the file's sort columns first, then the
whole row), so the same data gives the same bytes on SQLite and PostgreSQL alike and
export -> import -> export is byte-identical.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from werkspoor.logbook.services import record_every_resident

from .columns import Account, Reference
from .declaration import BoundColumn, ExchangeFile
from .spec import FILES, FILES_BY_NAME

CHUNK = 20_000


def _lookup(column: BoundColumn) -> str:
    """The ORM path whose value the column shows (a reference shows the target's key)."""
    if isinstance(column.kind, Reference):
        target_key = FILES_BY_NAME[column.kind.target].key_column.column.field_name
        return f"{column.column.field_name}__{target_key}"
    if isinstance(column.kind, Account):
        from django.contrib.auth import get_user_model

        return f"{column.column.field_name}__{get_user_model().USERNAME_FIELD}"
    return column.attname


def _format(column: BoundColumn, value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(column.kind, Reference | Account):
        return str(value)
    return column.kind.format(value)


def export_rows(exchange_file: ExchangeFile) -> list[list[str]]:
    columns = exchange_file.columns
    lookups = [_lookup(column) for column in columns]
    queryset = exchange_file.model._default_manager.order_by().values_list(*lookups)
    rows = [
        [_format(column, value) for column, value in zip(columns, values, strict=True)]
        for values in queryset.iterator(chunk_size=CHUNK)
    ]
    sort_positions = [exchange_file.column_names.index(name) for name in exchange_file.sort]
    rows.sort(key=lambda row: ([row[i] for i in sort_positions], row))
    return rows


def export_file(exchange_file: ExchangeFile, directory: Path) -> int:
    """Write one file atomically (temporary name, then rename); return its row count."""
    rows = export_rows(exchange_file)
    target = directory / exchange_file.name
    temporary = target.with_suffix(".csv.tmp")
    with temporary.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(exchange_file.column_names)
        writer.writerows(rows)
    os.replace(temporary, target)
    return len(rows)


def export_directory(directory: Path) -> dict[str, int]:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    counts = {f.name: export_file(f, directory) for f in FILES}
    # Logboek Dataverwerkingen: the folder holds every resident's data.
    record_every_resident("registratie-uitvoeren", "Registratie uitvoeren")
    return counts
