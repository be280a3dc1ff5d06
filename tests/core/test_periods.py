# SPDX-License-Identifier: EUPL-1.2
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from werkspoor.core.bsn import is_valid_bsn
from werkspoor.core.periods import Period, Quarter, age_on, quarters_between

D = date


def test_period_is_half_open():
    period = Period(D(2020, 1, 1), D(2020, 4, 1))
    assert period.contains(D(2020, 1, 1)) and period.contains(D(2020, 3, 31))
    assert not period.contains(D(2020, 4, 1))
    assert Period(D(2020, 1, 1)).contains(D(2099, 1, 1))


def test_period_must_end_after_start():
    with pytest.raises(ValueError):
        Period(D(2020, 1, 1), D(2020, 1, 1))


@given(st.dates(), st.integers(1, 500), st.integers(0, 500), st.integers(1, 500))
def test_overlap_is_symmetric_and_matches_shared_days(start, length, gap, other_length):
    from datetime import timedelta

    a = Period(start, start + timedelta(days=length)) if start.year < 9000 else Period(start)
    b_start = start + timedelta(days=gap) if start.year < 9000 else start
    b = (
        Period(b_start, b_start + timedelta(days=other_length))
        if start.year < 9000
        else Period(b_start)
    )
    assert a.overlaps(b) == b.overlaps(a)
    if a.end and b.end:
        shared = max(0, (min(a.end, b.end) - max(a.start, b.start)).days)
        assert a.overlaps(b) == (shared > 0)


def test_quarters():
    q = Quarter.parse("2021Q4")
    assert (q.first_day, q.last_day) == (D(2021, 10, 1), D(2021, 12, 31))
    assert str(q.next()) == "2022Q1" and str(q.previous()) == "2021Q3"
    assert str(q.shift(-4)) == "2020Q4"
    assert Quarter.of(D(2020, 2, 29)) == Quarter(2020, 1)
    assert len(quarters_between(Quarter(2017, 1), Quarter(2025, 4))) == 36
    with pytest.raises(ValueError, match="2021Q4"):
        Quarter.parse("2021-4")


def test_age_on_birthdays_and_leap_days():
    assert age_on(D(2000, 6, 15), D(2027, 6, 14)) == 26
    assert age_on(D(2000, 6, 15), D(2027, 6, 15)) == 27
    assert age_on(D(2000, 2, 29), D(2018, 2, 28)) == 17
    assert age_on(D(2000, 2, 29), D(2018, 3, 1)) == 18


def test_elfproef():
    assert is_valid_bsn("111222333")
    assert is_valid_bsn("123456782")
    assert not is_valid_bsn("123456789")
    assert not is_valid_bsn("12345678")
    assert not is_valid_bsn("000000000")


def test_years_and_years_to_date_are_periods_like_quarters():
    from werkspoor.core.periods import Year, YearToDate, parse_period, periods_between

    assert (Year(2020).first_day, Year(2020).last_day) == (D(2020, 1, 1), D(2020, 12, 31))
    assert str(Year(2020).year_earlier()) == "2019"
    assert parse_period("2021Q1-Q3") == YearToDate(2021, 3)
    assert YearToDate(2021, 3).last_day == D(2021, 9, 30)
    assert str(YearToDate(2021, 2).year_earlier()) == "2020Q1-Q2"
    assert Quarter(2021, 1).year_to_date == Quarter(2021, 1)
    assert Quarter(2021, 3).year_to_date == YearToDate(2021, 3)
    assert Quarter(2021, 4).year_to_date == Year(2021)
    assert [str(y) for y in periods_between(Year(2019), Year(2021))] == ["2019", "2020", "2021"]
    assert len({Quarter(2021, 1).sequence, Year(2021).sequence, YearToDate(2021, 2).sequence}) == 3
    with pytest.raises(ValueError, match="geen periode"):
        parse_period("2021-Q9")


def test_the_last_quarter_of_year_9999_has_a_last_day_and_year_0_is_no_quarter():
    assert Quarter.parse("9999Q4").last_day == D(9999, 12, 31)
    with pytest.raises(ValueError, match="geen kwartaal"):
        Quarter.parse("0000Q1")
