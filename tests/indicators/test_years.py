# SPDX-License-Identifier: EUPL-1.2
"""A year is one period with the same definitions: persons and werkgevers are counted once
in it (not summed over its quarters), a stock is taken on its last day. Worked out by hand
on the jaarstadje, three residents in 2021:

P: PW since 2020-01-01, arrangement 3 since 2020-01-01; scholing 2021-02-01 (Q1) and a
   placement at the Bakkerij 2021-05-03 (Q2); contacts 2021-01-10 (Q1) and 2021-08-10 (Q3).
Q: PW 2021-03-01 until work per 2021-09-01 (last day 08-31, Q3), arrangement 3 from
   2021-03-01; meets the Bakkerij 2021-04-04 (Q2).
R: PW since 2021-06-01; meets the Bakkerij 2021-11-11 (Q4) and the Fietsenmaker 2021-11-12.
"""

from datetime import date as d

import pytest

from werkspoor.core.periods import Quarter, Year, YearToDate
from werkspoor.indicators.engine import Engine


@pytest.fixture
def jaarstadje(build):
    bakkerij, fietsen = build.werkgever("Bakkerij", "horeca"), build.werkgever("Fietsenmaker")
    p = build.inwoner(d(1980, 1, 1), "Zuid")
    build.uitkering(p, d(2020, 1, 1))
    build.arrangement(p, 3, d(2020, 1, 1))
    build.traject(p, "scholing", d(2021, 2, 1), d(2021, 4, 1))
    build.plaatsing(bakkerij, p, d(2021, 5, 3))
    build.contact(p, d(2021, 1, 10))
    build.contact(p, d(2021, 8, 10))
    q = build.inwoner(d(1990, 1, 1), "Oost")
    build.uitkering(q, d(2021, 3, 1), d(2021, 9, 1), reden="werk")
    build.arrangement(q, 3, d(2021, 3, 1))
    build.ontmoeting(bakkerij, q, d(2021, 4, 4))
    r = build.inwoner(d(1970, 1, 1), "West")
    build.uitkering(r, d(2021, 6, 1))
    build.ontmoeting(bakkerij, r, d(2021, 11, 11))
    build.ontmoeting(fietsen, r, d(2021, 11, 12))


class Lookup:
    def __init__(self, cells):
        self.cells = {(c.indicator, c.periode, c.sleutel): c for c in cells}

    def __call__(self, indicator, periode, sleutel=""):
        return self.cells[(indicator, periode, sleutel)].waarde

    def personen(self, indicator, periode):
        return self.cells[(indicator, periode, "")].personen


@pytest.fixture
def figures(jaarstadje):
    engine = Engine()
    try:
        periods = [Quarter(2021, n) for n in (1, 2, 3, 4)]
        periods += [Year(2020), Year(2021), YearToDate(2021, 3)]
        return Lookup(engine.compute_periods(periods))
    finally:
        engine.close()


def test_persons_with_a_step_are_counted_once_in_the_year(figures):
    """P steps in Q1 and Q2, Q in Q3: quarters 1 + 1 + 1 = 3, the year 2 persons."""
    quarters = [figures("werkbeweging.personen", f"2021Q{n}") for n in (1, 2, 3, 4)]
    assert quarters == [1, 1, 1, 0]
    assert figures("werkbeweging.personen", "2021") == 2
    assert figures("werkbeweging.personen", "2021Q1-Q3") == 2
    assert figures("werkbeweging.bewegingen", "2021") == 3  # steps do add up


def test_werkgevers_are_counted_once_in_the_year(figures):
    """The Bakkerij meets Q in Q2 and R in Q4; the Fietsenmaker meets R in Q4: quarters
    1 (Q2) + 2 (Q4) = 3, the year 2 werkgevers; 4 meetings either way."""
    quarters = [figures("werkgevers.werkgevers", f"2021Q{n}") for n in (1, 2, 3, 4)]
    assert quarters == [0, 1, 0, 2]
    assert figures("werkgevers.werkgevers", "2021") == 2
    assert figures("werkgevers.ontmoetingen", "2021") == 3
    assert figures.personen("werkgevers.werkgevers", "2021") is None  # counts no residents


def test_a_stock_is_taken_on_the_last_day_of_the_year(figures):
    """PW running on 2021-12-31: P and R = 2 (Q ended per 09-01); on 2020-12-31: P = 1.
    Growth over the year: 100 × (2 − 1) / 1 = +100,0 %. No growth on the previous quarter
    for a year."""
    assert figures("bijstand.bestand", "2021") == 2
    assert figures("bijstand.bestand", "2021Q2") == 3
    assert figures("bijstand.bestand", "2020") == 1
    assert figures("bijstand.groei_jaar", "2021") == 100.0
    assert ("bijstand.groei_kwartaal", "2021", "") not in figures.cells


def test_flows_of_the_year_are_its_facts_once(figures):
    """Instroom Q (03-01) and R (06-01) = 2; uitstroom to work Q = 1; P's two contacts are 2
    contacts of 1 person in the year (1 + 1 persons in the quarters)."""
    assert figures("bijstand.instroom", "2021") == 2
    assert figures("bijstand.uitstroom_werk", "2021") == 1
    assert figures("contact.momenten", "2021") == 2
    assert figures.personen("contact.momenten", "2021") == 1
    assert figures.personen("contact.momenten", "2021Q1") == 1


def test_arrangement_stock_of_a_year_is_on_its_first_day(figures):
    """On 2021-01-01 with PW running: P in arrangement 3 = 1 (Q starts in March)."""
    assert figures("arrangement.bestand", "2021", "arrangement\x1f3") == 1


def test_a_cumulative_figure_of_a_year_is_that_of_its_last_quarter(figures):
    assert figures("werkbeweging.extra_personen_cumulatief", "2021") == pytest.approx(
        figures("werkbeweging.extra_personen_cumulatief", "2021Q4")
    )
    assert figures("werkbeweging.extra_personen_cumulatief", "2021Q1-Q3") == pytest.approx(
        figures("werkbeweging.extra_personen_cumulatief", "2021Q3")
    )
