# SPDX-License-Identifier: EUPL-1.2
"""How each kind of cell is read and written: strict where a typo would change the meaning."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from werkspoor.exchange.columns import Boolean, CellError, Code, Date, DecimalNumber, Integer, Text
from werkspoor.registry.choices import Arrangement


@given(st.dates())
def test_every_date_is_written_and_read_back_as_iso(day):
    assert Date().parse(Date().format(day)) == day


@given(st.text(max_size=12))
def test_a_date_is_read_only_from_the_iso_form(text):
    try:
        parsed = Date().parse(text)
    except CellError as error:
        assert "datum" in str(error)
    else:
        assert parsed.isoformat() == text


@pytest.mark.parametrize("text", ["31-12-2020", "2020-1-5", "20200105", "2021-02-29", "2020-13-01"])
def test_dates_that_are_not_iso_or_do_not_exist_are_refused(text):
    with pytest.raises(CellError):
        Date().parse(text)


@given(st.text(max_size=6))
def test_booleans_are_ja_or_nee_and_nothing_else(text):
    try:
        value = Boolean().parse(text)
    except CellError as error:
        assert "ja of nee" in str(error)
    else:
        assert text.lower() in ("ja", "nee") and value == (text.lower() == "ja")


def test_booleans_are_written_as_ja_and_nee():
    assert (Boolean().format(True), Boolean().format(False)) == ("ja", "nee")


@given(st.text(max_size=8))
def test_integers_are_plain_digits(text):
    try:
        value = Integer().parse(text)
    except CellError:
        assert not re.fullmatch(r"[+-]?\d+", text, flags=re.ASCII)
    else:
        assert value == int(text)


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False))
def test_amounts_round_trip_with_two_places(amount):
    kind = DecimalNumber(2)
    assert kind.parse(kind.format(amount)) == amount
    assert re.fullmatch(r"\d+\.\d\d", kind.format(amount))


def test_an_amount_with_a_comma_says_to_use_a_point():
    with pytest.raises(CellError, match="punt, geen komma"):
        DecimalNumber(2).parse("12,50")
    assert DecimalNumber(2).format(Decimal("12.5")) == "12.50"


def test_codes_are_exact_and_integer_codes_become_numbers():
    kind = Code(list(Arrangement.choices))
    assert kind.parse("3") == 3
    for wrong in ("5", "drie", "03"):
        with pytest.raises(CellError, match="kies uit: 1, 2, 3, 4"):
            kind.parse(wrong)


@given(st.text())
def test_free_text_is_kept_exactly_unless_it_holds_a_nul(text):
    if "\x00" in text:
        with pytest.raises(CellError):
            Text().parse(text)
    else:
        assert Text().parse(text) == text


def test_today_is_a_date():
    assert Date().parse(date.today().isoformat()) == date.today()
