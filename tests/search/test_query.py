# SPDX-License-Identifier: EUPL-1.2
"""What a search text asks for: BSN (elfproef, exact), date of birth, code, number or name."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from werkspoor.core.bsn import is_valid_bsn
from werkspoor.search.query import parse


@pytest.mark.parametrize(
    ("text", "soort", "waarde"),
    [
        ("111222333", "bsn", "111222333"),
        (" 111 222 333 ", "bsn", "111222333"),
        ("03-04-1985", "geboortedatum", date(1985, 4, 3)),
        ("3-4-1985", "geboortedatum", date(1985, 4, 3)),
        ("03/04/1985", "geboortedatum", date(1985, 4, 3)),
        ("1985-04-03", "geboortedatum", date(1985, 4, 3)),
        ("I0001234", "code", "I0001234"),
        ("i0001234", "code", "i0001234"),
        ("1234", "nummer", 1234),
        ("Visser", "naam", ("Visser",)),
        ("anna  visser", "naam", ("anna", "visser")),
    ],
)
def test_a_search_text_is_read_as_what_it_looks_like(text, soort, waarde):
    vraag = parse(text)
    assert (vraag.soort, vraag.waarde, vraag.fout) == (soort, waarde, "")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("123456789", "elfproef"),
        ("1234567890", "te lang"),
        ("31-02-1985", "bestaat niet"),
        ("a", "twee letters"),
        ("Visser 12", "Zoek op naam"),
    ],
)
def test_a_search_text_that_cannot_be_right_gets_a_dutch_message(text, message):
    vraag = parse(text)
    assert vraag.soort == "" and message in vraag.fout


def test_an_empty_search_asks_nothing():
    assert parse("   ").soort == "" and parse("").fout == ""


@given(st.integers(min_value=100_000_000, max_value=999_999_999))
def test_nine_digits_are_a_bsn_exactly_when_the_elfproef_holds(number):
    text = str(number)
    vraag = parse(text)
    assert (vraag.soort == "bsn") is is_valid_bsn(text)
    assert (vraag.fout != "") is not is_valid_bsn(text)
