# SPDX-License-Identifier: EUPL-1.2
"""The published forms of the cells: JSON records with exactly the documented keys, and CSV."""

from __future__ import annotations

import io
import json

from werkspoor.core.spreadsheets import spreadsheet_csv_writer

from .cells import Cel

CSV_COLUMNS = ("indicator", "periode", "uitsplitsing", "waarde", "onderdrukt")


def record(cell: Cel) -> dict:
    """The documented keys; `voorlopig: true` only on a provisional figure."""
    result = {
        "indicator": cell.indicator,
        "periode": cell.periode,
        "uitsplitsing": cell.uitsplitsing,
        "waarde": None if cell.onderdrukt else cell.waarde,
        "onderdrukt": cell.onderdrukt,
    }
    if cell.voorlopig:
        result["voorlopig"] = True
    return result


def sort_cells(cells: list[Cel], order: list[str]) -> list[Cel]:
    position = {indicator_id: n for n, indicator_id in enumerate(order)}
    return sorted(
        cells, key=lambda c: (position.get(c.indicator, len(position)), c.periode, c.sleutel)
    )


def to_json(cells: list[Cel]) -> str:
    """One JSON array; one object per line so that the output diffs and greps well."""
    lines = [json.dumps(record(c), ensure_ascii=False) for c in cells]
    return "[\n" + ",\n".join(lines) + "\n]" if lines else "[]"


def to_csv(cells: list[Cel]) -> str:
    """One row per cell; uitsplitsing as name=value pairs joined by ';' (empty = totaal).
    Meant for spreadsheets too: no cell can start a formula."""
    buffer = io.StringIO()
    writer = spreadsheet_csv_writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for cell in cells:
        row = record(cell)
        writer.writerow(
            [
                row["indicator"],
                row["periode"],
                ";".join(f"{k}={v}" for k, v in row["uitsplitsing"].items()),
                "" if row["waarde"] is None else row["waarde"],
                "ja" if row["onderdrukt"] else "nee",
            ]
        )
    return buffer.getvalue()
