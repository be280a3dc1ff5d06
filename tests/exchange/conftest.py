# SPDX-License-Identifier: EUPL-1.2
"""Fixtures for the exchange format: the full example folder and helpers to corrupt it."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from werkspoor.exchange.importer import ImportOptions, import_directory

FULL = Path(__file__).with_name("fixtures") / "volledig"


@pytest.fixture
def accounts(db):
    """The account that werkcoaches.csv of the full fixture links to."""
    return get_user_model().objects.create(username="fatima")


@pytest.fixture
def folder(tmp_path, accounts) -> Path:
    """A copy of the full example folder, free to change."""
    target = tmp_path / "uitwisseling"
    shutil.copytree(FULL, target)
    return target


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)


def set_cell(folder: Path, file_name: str, line: int, column: str, value: str) -> None:
    """Change one cell of CSV record number `line` (the header is 1); a record holding a
    line break makes the file's line numbers run ahead of the record numbers."""
    rows = read_csv(folder / file_name)
    rows[line - 1][rows[0].index(column)] = value
    write_csv(folder / file_name, rows)


def append_row(folder: Path, file_name: str, values: dict[str, str]) -> int:
    """Add a row (missing columns empty); return its line number."""
    rows = read_csv(folder / file_name)
    rows.append([values.get(name, "") for name in rows[0]])
    write_csv(folder / file_name, rows)
    return len(rows)


def run_import(folder: Path, **options):
    options.setdefault("progress", False)
    return import_directory(folder, ImportOptions(**options))


def rejects_by_place(report) -> dict[tuple[str, int], list[tuple[str, str]]]:
    """{(file, line): [(column, reason), ...]} of an import report."""
    return {
        (reject.file, reject.line): [(p.column, p.reason) for p in reject.problems]
        for reject in report.rejects
    }
