# SPDX-License-Identifier: EUPL-1.2
"""Files meant for people to open in a spreadsheet: cells that cannot run as formulas.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel,
LibreOffice and Google Sheets as a formula (`=HYPERLINK(...)` leaks data when clicked,
`=cmd|' /C calc'!A0` starts a program). OWASP's advice on CSV injection: put a single quote
before such a cell, so that it is shown as the text it is. Use `neutralise_formula` (one
value), `neutralised_row` (a row) or `spreadsheet_csv_writer` for every CSV or XLSX file
made for people: the rejects report of an import, downloads of figures and lists.

Not for the exchange format (`werkspoor export`): that is data for systems, which must come
back byte for byte on import; docs/uitwisselformaat.md says how to open it safely.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A plain number ("-12", "+3.5", "-1,25", "-2e3") is a number to a spreadsheet, not a
# formula, and stays as it is so that negative figures remain figures.
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def neutralise_formula(value):
    """The value as a spreadsheet should show it: text that would start a formula gets a
    leading `'`; numbers, dates, None and other text are returned unchanged.

    For XLSX (openpyxl) pass every text cell through this as well: openpyxl stores a string
    that starts with `=` as a formula."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if _PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def neutralised_row(row: Iterable) -> list:
    return [neutralise_formula(value) for value in row]


class _NeutralisingWriter:
    """csv.writer's interface, with every cell passed through neutralise_formula."""

    def __init__(self, writer):
        self._writer = writer

    def writerow(self, row: Iterable):
        return self._writer.writerow(neutralised_row(row))

    def writerows(self, rows: Iterable[Iterable]):
        for row in rows:
            self.writerow(row)

    @property
    def dialect(self):
        return self._writer.dialect


def spreadsheet_csv_writer(handle, **kwargs) -> _NeutralisingWriter:
    """A csv.writer for a file people open in a spreadsheet (same arguments)."""
    return _NeutralisingWriter(csv.writer(handle, **kwargs))


__all__ = [
    "FORMULA_STARTS",
    "neutralise_formula",
    "neutralised_row",
    "spreadsheet_csv_writer",
]
