# SPDX-License-Identifier: EUPL-1.2
"""Spreadsheet formula neutralisation (OWASP, CSV injection): text that a spreadsheet would
run as a formula gets a leading quote; numbers and ordinary text stay as they are."""

import csv
import io
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from werkspoor.core.spreadsheets import (
    FORMULA_STARTS,
    neutralise_formula,
    neutralised_row,
    spreadsheet_csv_writer,
)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+31 6 12345678", "'+31 6 12345678"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-12", "-12"),
        ("+3,5", "+3,5"),
        ("-1.25e3", "-1.25e3"),
        ("Overvecht", "Overvecht"),
        ("a=b", "a=b"),
        ("", ""),
        (-7, -7),
        (None, None),
        (date(2024, 1, 1), date(2024, 1, 1)),
    ],
)
def test_neutralise_formula(value, shown):
    assert neutralise_formula(value) == shown


@given(st.lists(st.text(), max_size=5))
def test_no_written_cell_starts_a_formula_unless_it_is_a_plain_number(row):
    buffer = io.StringIO()
    spreadsheet_csv_writer(buffer).writerow(row)
    (written,) = list(csv.reader(io.StringIO(buffer.getvalue())))
    for original, cell in zip(row, written, strict=True):
        if cell.startswith(FORMULA_STARTS):
            assert neutralise_formula(original) == original  # a plain number
            float(cell.replace(",", "."))
        else:
            assert cell in (original, "'" + original)


def test_rows_and_writerows():
    buffer = io.StringIO()
    spreadsheet_csv_writer(buffer, lineterminator="\n").writerows([["=1", 2], ["x", "-"]])
    assert buffer.getvalue() == "'=1,2\nx,'-\n"
    assert neutralised_row(["@a", "b"]) == ["'@a", "b"]
