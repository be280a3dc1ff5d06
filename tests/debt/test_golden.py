# SPDX-License-Identifier: EUPL-1.2
"""Golden test of the Schuldhulpverlening indicators on six hand-made trajectories and three
signals, worked out by hand. Quarter 2024Q2: F = 2024-04-01, L = 2024-06-30. Easter 2024:
Goede Vrijdag 29 March and Tweede Paasdag 1 April are no working days (Atw art. 3).

  A Overvecht  aangemeld 2024-03-01, gesprek 03-29 (dag 28), plan 04-10 schuldregeling, lopend
  B Overvecht  aangemeld 2024-04-02, gesprek 05-01 (dag 29), budgetbeheer, lopend
  C Zuid  spoed aangemeld do 2024-03-28, gesprek do 04-04 (3e werkdag: di 2, wo 3, do 4 april),
          beëindigd per 06-01 schuldenvrij
  D Zuid  spoed aangemeld wo 2024-04-10, gesprek di 04-16 (4e werkdag: do, vr, ma, di),
          beëindigd per 05-15 uitgevallen
  E West  aangemeld 2024-05-20, nog geen gesprek, soort nog niet bepaald, lopend
  F West  aangemeld 2023-06-01, gesprek 06-10, beëindigd per 2024-04-01 schuldenvrij
Signals: A woningcorporatie 04-05, contact 05-03 (28 dagen); B energie 04-10, contact 05-09
(29 dagen); E water 06-20, geen contact."""

from datetime import date as d

import pytest

from tests.indicators.conftest import Figures
from werkspoor.core.periods import Quarter
from werkspoor.indicators.engine import Engine

THEME_IDS = [
    "schuldhulp.aanmeldingen",
    "schuldhulp.wachttijd",
    "schuldhulp.tijdig",
    "schuldhulp.tijdig_spoed",
    "schuldhulp.lopend",
    "schuldhulp.afgesloten",
    "schuldhulp.schuldenvrij",
    "vroegsignalering.signalen",
    "vroegsignalering.bereikt",
]


@pytest.fixture
def figures(build):
    a = build.inwoner(wijk="Overvecht")
    build.schuldhulp(
        a, d(2024, 3, 1), eerste_gesprek=d(2024, 3, 29), plan_datum=d(2024, 4, 10),
        soort="schuldregeling",
    )  # fmt: skip
    b = build.inwoner(wijk="Overvecht")
    build.schuldhulp(b, d(2024, 4, 2), eerste_gesprek=d(2024, 5, 1), soort="budgetbeheer")
    c = build.inwoner(wijk="Zuid")
    build.schuldhulp(
        c, d(2024, 3, 28), spoed=True, eerste_gesprek=d(2024, 4, 4), soort="advies",
        einddatum=d(2024, 6, 1), resultaat="schuldenvrij",
    )  # fmt: skip
    dd = build.inwoner(wijk="Zuid")
    build.schuldhulp(
        dd, d(2024, 4, 10), spoed=True, eerste_gesprek=d(2024, 4, 16),
        einddatum=d(2024, 5, 15), resultaat="uitgevallen",
    )  # fmt: skip
    e = build.inwoner(wijk="West")
    build.schuldhulp(e, d(2024, 5, 20))
    f = build.inwoner(wijk="West")
    build.schuldhulp(
        f, d(2023, 6, 1), eerste_gesprek=d(2023, 6, 10), soort="wsnp",
        einddatum=d(2024, 4, 1), resultaat="schuldenvrij",
    )  # fmt: skip
    build.vroegsignaal(a, d(2024, 4, 5), "woningcorporatie", contactdatum=d(2024, 5, 3))
    build.vroegsignaal(b, d(2024, 4, 10), "energie", contactdatum=d(2024, 5, 9))
    build.vroegsignaal(e, d(2024, 6, 20), "water")
    engine = Engine()
    try:
        return Figures(engine.compute(Quarter(2024, 1), Quarter(2024, 2), THEME_IDS))
    finally:
        engine.close()


def test_schuldhulp__aanmeldingen(figures):
    """Q2: B 04-02, D 04-10, E 05-20 = 3, spoed D. Q1: A and C; spoed C."""
    assert figures("schuldhulp.aanmeldingen", "2024Q2") == 3
    assert figures("schuldhulp.aanmeldingen", "2024Q2", spoed="ja") == 1
    assert figures("schuldhulp.aanmeldingen", "2024Q2", spoed="nee") == 2
    assert figures("schuldhulp.aanmeldingen", "2024Q1") == 2
    assert figures("schuldhulp.aanmeldingen", "2024Q1", spoed="ja") == 1
    assert figures("schuldhulp.aanmeldingen", "2024Q2", wijk="Zuid") == 1
    assert figures("schuldhulp.aanmeldingen", "2024Q2", wijk="Oost") == 0


def test_schuldhulp__wachttijd(figures):
    """First talks in Q2: B 29 days, C 7 (03-28 to 04-04), D 6: median 7. Spoed: C 7 and
    D 6, the mean of the two middle ones: 6.5. Q1: A, 28 days."""
    assert figures("schuldhulp.wachttijd", "2024Q2") == 7
    assert figures("schuldhulp.wachttijd", "2024Q2", spoed="ja") == 6.5
    assert figures("schuldhulp.wachttijd", "2024Q2", spoed="nee") == 29
    assert figures("schuldhulp.wachttijd", "2024Q1") == 28


def test_schuldhulp__tijdig(figures):
    """Non-urgent first talks: Q1 A on day 28, on time (1.0); Q2 B on day 29, late (0.0)."""
    assert figures("schuldhulp.tijdig", "2024Q1") == 1.0
    assert figures("schuldhulp.tijdig", "2024Q2") == 0.0


def test_schuldhulp__tijdig_spoed(figures):
    """Urgent first talks in Q2: C on its third working day over Easter (on time), D on its
    fourth (late): 0.5."""
    assert figures("schuldhulp.tijdig_spoed", "2024Q2") == 0.5
    assert not figures.has("schuldhulp.tijdig_spoed", "2024Q1")  # no urgent talk in Q1


def test_schuldhulp__lopend(figures):
    """On L = 06-30: A (schuldregeling), B (budgetbeheer), E (onbepaald) = 3; C ended per
    06-01, D per 05-15, F per 04-01. On 03-31: A, C and F (ends per 04-01) = 3."""
    assert figures("schuldhulp.lopend", "2024Q2") == 3
    assert figures("schuldhulp.lopend", "2024Q2", soort="schuldregeling") == 1
    assert figures("schuldhulp.lopend", "2024Q2", soort="budgetbeheer") == 1
    assert figures("schuldhulp.lopend", "2024Q2", soort="onbepaald") == 1
    assert figures("schuldhulp.lopend", "2024Q2", soort="wsnp") == 0
    assert figures("schuldhulp.lopend", "2024Q2", wijk="Overvecht") == 2
    assert figures("schuldhulp.lopend", "2024Q1") == 3


def test_schuldhulp__afgesloten(figures):
    """Ended per a day in Q2: F 04-01, D 05-15, C 06-01 = 3; schuldenvrij F and C."""
    assert figures("schuldhulp.afgesloten", "2024Q2") == 3
    assert figures("schuldhulp.afgesloten", "2024Q2", resultaat="schuldenvrij") == 2
    assert figures("schuldhulp.afgesloten", "2024Q2", resultaat="uitgevallen") == 1
    assert figures("schuldhulp.afgesloten", "2024Q2", resultaat="stabiel") == 0


def test_schuldhulp__schuldenvrij(figures):
    """2 of the 3 ended in Q2: 0.6667 (four decimals)."""
    assert figures("schuldhulp.schuldenvrij", "2024Q2") == 0.6667
    assert figures("schuldhulp.schuldenvrij", "2024Q2", wijk="Zuid") == 0.5


def test_vroegsignalering__signalen(figures):
    assert figures("vroegsignalering.signalen", "2024Q2") == 3
    assert figures("vroegsignalering.signalen", "2024Q2", bron="energie") == 1
    assert figures("vroegsignalering.signalen", "2024Q2", bron="zorgverzekeraar") == 0


def test_vroegsignalering__bereikt(figures):
    """A's contact 28 days after the signal counts, B's after 29 not, E had none: 1/3."""
    assert figures("vroegsignalering.bereikt", "2024Q2") == 0.3333
