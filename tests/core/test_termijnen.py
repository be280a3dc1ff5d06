# SPDX-License-Identifier: EUPL-1.2
"""Working days under the Algemene termijnenwet and the dated legal terms, worked out by hand
against a calendar."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from werkspoor.core.termijnen import add_years, termijn, uiterste_dag
from werkspoor.core.werkdagen import (
    easter_sunday,
    feestdag_naam,
    feestdagen,
    is_werkdag,
    kalender_rows,
    werkdag_na,
    werkdagen_tussen,
)


@pytest.mark.parametrize(
    "year, expected",
    [
        (2000, date(2000, 4, 23)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter_sunday_follows_the_gregorian_calendar(year, expected):
    assert easter_sunday(year) == expected


def test_the_holidays_of_2025_are_those_of_the_algemene_termijnenwet():
    """2025: Nieuwjaarsdag 1-1, Goede Vrijdag 18-4, Tweede Paasdag 21-4, Koningsdag on
    Saturday 26-4 (27 April is a Sunday), Bevrijdingsdag 5-5, Hemelvaart 29-5, Tweede
    Pinksterdag 9-6, Kerst 25 and 26-12."""
    expected = {
        date(2025, 1, 1),
        date(2025, 4, 18),
        date(2025, 4, 21),
        date(2025, 4, 26),
        date(2025, 5, 5),
        date(2025, 5, 29),
        date(2025, 6, 9),
        date(2025, 12, 25),
        date(2025, 12, 26),
    }
    assert {d for d in feestdagen() if d.year == 2025} == expected
    assert feestdag_naam(date(2025, 4, 26)) == "Koningsdag"
    assert feestdag_naam(date(2013, 4, 30)) == "Koninginnedag"
    assert feestdag_naam(date(2025, 4, 27)) is None


def test_three_working_days_over_easter():
    """Registered on Thursday 28 March 2024: Goede Vrijdag 29-3 (Atw art. 3 lid 2), the
    weekend and Tweede Paasdag 1-4 do not count; Tuesday 2, Wednesday 3 and Thursday 4 April
    do. The deadline is 4 April; the count up to Wednesday is 2."""
    assert not is_werkdag(date(2024, 3, 29)) and not is_werkdag(date(2024, 4, 1))
    assert werkdag_na(date(2024, 3, 28), 3) == date(2024, 4, 4)
    assert werkdagen_tussen(date(2024, 3, 28), date(2024, 4, 3)) == 2
    assert uiterste_dag("schuldhulp_eerste_gesprek_spoed", date(2024, 3, 28)) == date(2024, 4, 4)


def test_four_weeks_is_28_calendar_days_from_the_day_after_registration():
    assert uiterste_dag("schuldhulp_eerste_gesprek", date(2024, 1, 31)) == date(2024, 2, 28)
    assert termijn("schuldhulp_eerste_gesprek", date(2012, 6, 30)) is None


def test_the_inburgering_term_runs_three_years_from_the_day_after_the_pip():
    """PIP dated 14 March 2022: the term starts on the 15th (Wi2021 art. 11 lid 2) and its
    last day is 14 March 2025. A 29 February becomes 28 February in a common year."""
    assert uiterste_dag("inburgering_termijn", date(2022, 3, 14)) == date(2025, 3, 14)
    assert add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)


def test_every_term_names_its_source():
    from werkspoor.core.termijnen import alle_termijnen

    for values in alle_termijnen().values():
        assert all(value.bron for value in values)


@given(st.dates(date(2012, 1, 1), date(2030, 12, 31)), st.integers(0, 30))
def test_the_calendar_table_and_the_day_by_day_count_agree(start, count):
    """The engine's rule (the working day whose count is a's count + n) gives werkdag_na."""
    days, flags, counts = kalender_rows(start, werkdag_na(start, count))
    position = {day: n for day, n in zip(days, counts, strict=True)}
    target = position[start] + count
    found = next(
        (d for d, w, n in zip(days, flags, counts, strict=True) if w and n == target), start
    )
    assert found == werkdag_na(start, count)
    assert werkdagen_tussen(start, found) == count
