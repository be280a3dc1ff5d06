# SPDX-License-Identifier: EUPL-1.2
"""Golden test of the Inburgering indicators on five hand-made inburgeraars, worked out by
hand. Quarter 2024Q2: F = 2024-04-01, L = 2024-06-30.

  G asiel   start 2024-01-15, PIP 03-25 (dag 70) B1, lopend; scholing loopt op L
  H gezin   start 2024-02-01, PIP 04-12 (dag 71) Z-route, lopend; deeltijdwerk loopt op L
  I asiel   start 2024-04-01, PIP 07-15 (na L) onderwijsroute, lopend
  J overig  start 2022-02-01, PIP 2022-04-01 B1, beëindigd per 2024-05-01 voldaan
  K asiel   start 2022-03-01, PIP 2022-05-01 Z-route, beëindigd per 2024-06-01 verhuisd"""

from datetime import date as d

import pytest

from tests.indicators.conftest import Figures
from werkspoor.core.periods import Quarter
from werkspoor.indicators.engine import Engine

THEME_IDS = ["inburgering.lopend", "inburgering.pip_tijdig", "inburgering.duaal"]
THEME_IDS += ["inburgering.voldaan"]


@pytest.fixture
def figures(build):
    g = build.inwoner(wijk="Overvecht", statushouder=True)
    build.inburgering(g, d(2024, 1, 15), "asiel", pip_datum=d(2024, 3, 25), route="b1")
    build.traject(g, "scholing", d(2024, 5, 1))
    h = build.inwoner(wijk="Zuidwest")
    build.inburgering(h, d(2024, 2, 1), "gezin", pip_datum=d(2024, 4, 12), route="z")
    build.deeltijdwerk(h, d(2024, 6, 1))
    i = build.inwoner(wijk="Overvecht", statushouder=True)
    build.inburgering(i, d(2024, 4, 1), "asiel", pip_datum=d(2024, 7, 15), route="onderwijs")
    j = build.inwoner(wijk="West")
    build.inburgering(
        j, d(2022, 2, 1), "overig", pip_datum=d(2022, 4, 1), route="b1",
        einddatum=d(2024, 5, 1), resultaat="voldaan",
    )  # fmt: skip
    k = build.inwoner(wijk="West")
    build.inburgering(
        k, d(2022, 3, 1), "asiel", pip_datum=d(2022, 5, 1), route="z",
        einddatum=d(2024, 6, 1), resultaat="verhuisd",
    )  # fmt: skip
    engine = Engine()
    try:
        return Figures(engine.compute(Quarter(2024, 1), Quarter(2024, 2), THEME_IDS))
    finally:
        engine.close()


def test_inburgering__lopend(figures):
    """On L: G (B1, asiel), H (Z, gezin), I (no PIP yet on L, asiel) = 3; J and K ended.
    Route and doelgroep are breakdowns apart, each summing to the total."""
    assert figures("inburgering.lopend", "2024Q2") == 3
    assert figures("inburgering.lopend", "2024Q2", route="b1") == 1
    assert figures("inburgering.lopend", "2024Q2", route="z") == 1
    assert figures("inburgering.lopend", "2024Q2", route="geen_pip") == 1
    assert figures("inburgering.lopend", "2024Q2", route="onderwijs") == 0
    assert figures("inburgering.lopend", "2024Q2", doelgroep="asiel") == 2
    assert figures("inburgering.lopend", "2024Q2", doelgroep="gezin") == 1
    assert figures("inburgering.lopend", "2024Q2", doelgroep="overig") == 0
    assert not figures.has("inburgering.lopend", "2024Q2", route="b1", doelgroep="asiel")
    assert figures("inburgering.lopend", "2024Q2", wijk="Overvecht") == 2
    assert figures("inburgering.lopend", "2024Q1") == 4  # G, H (no PIP yet), J, K
    assert figures("inburgering.lopend", "2024Q1", route="geen_pip") == 1


def test_inburgering__pip_tijdig(figures):
    """Q1: G's PIP on day 70 (15 January to 25 March 2024), on time: 1.0. Q2: H's on day 71
    (1 February to 12 April, a leap year), late: 0.0."""
    assert figures("inburgering.pip_tijdig", "2024Q1") == 1.0
    assert figures("inburgering.pip_tijdig", "2024Q2") == 0.0


def test_inburgering__duaal(figures):
    """On L: G has a traject, H part-time work, I neither: 2/3."""
    assert figures("inburgering.duaal", "2024Q2") == 0.6667
    assert figures("inburgering.duaal", "2024Q1") == 0.0  # nobody combined on 03-31


def test_inburgering__voldaan(figures):
    """Ended in Q2: J voldaan (05-01), K verhuisd (06-01): 0.5."""
    assert figures("inburgering.voldaan", "2024Q2") == 0.5
