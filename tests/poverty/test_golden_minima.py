# SPDX-License-Identifier: EUPL-1.2
"""Golden test of armoede.toekenningen and armoede.bereik, worked out by hand.

Quarter 2024Q2 runs 2024-04-01 up to and including 2024-06-30; its 365-day window for the
bereik is 2023-07-02 up to and including 2024-06-30 (the last day minus 364 days).

  A  PW 2023-01-01, running.  iit granted, besluit 2023-07-01 (one day before the window)
  B  PW 2024-01-01, running.  kwijtschelding granted 2024-04-15; bijzondere bijstand
     granted 2024-06-30 (the last day: in); upas refused 2024-05-01
  C  PW 2022-06-01, ends per 2024-06-30 (not running on the last day). upas granted 2024-05-01
  D  PW 2023-05-01, running.  studietoeslag granted 2023-07-02 (first day of the window)
  E  no benefit.              upas granted 2024-06-01; PW granted 2024-05-10 (no minimaregeling)
  F  IOAW 2023-01-01, running. iit granted 2024-05-05 (not a PW benefit: not in the bereik)
  G  PW 2024-03-01, running.  bijzondere bijstand applied for, not decided"""

from datetime import date as d

import pytest

from tests.indicators.conftest import Figures
from werkspoor.core.periods import Quarter
from werkspoor.indicators.engine import Engine


@pytest.fixture
def figures(build):
    a, b, c, d_, e, f, g = (build.inwoner() for _ in range(7))
    build.uitkering(a, d(2023, 1, 1))
    build.uitkering(b, d(2024, 1, 1))
    build.uitkering(c, d(2022, 6, 1), d(2024, 6, 30))
    build.uitkering(d_, d(2023, 5, 1))
    build.uitkering(f, d(2023, 1, 1), regeling="IOAW")
    build.uitkering(g, d(2024, 3, 1))

    def granted(who, regeling, decided, applied=None, besluit="toekenning"):
        applied = applied or decided.replace(day=1)
        build.aanvraag(who, regeling, applied, besluitdatum=decided, besluit=besluit)

    granted(a, "iit", d(2023, 7, 1))
    granted(b, "kwijtschelding", d(2024, 4, 15))
    granted(b, "bijzondere_bijstand", d(2024, 6, 30))
    granted(b, "upas", d(2024, 5, 1), besluit="afwijzing")
    granted(c, "upas", d(2024, 5, 1))
    granted(d_, "studietoeslag", d(2023, 7, 2))
    granted(e, "upas", d(2024, 6, 1))
    granted(e, "PW", d(2024, 5, 10))
    granted(f, "iit", d(2024, 5, 5))
    build.aanvraag(g, "bijzondere_bijstand", d(2024, 6, 1))
    engine = Engine()
    try:
        ids = ["armoede.toekenningen", "armoede.bereik"]
        return Figures(engine.compute(Quarter(2024, 2), Quarter(2024, 3), ids))
    finally:
        engine.close()


def test_armoede__toekenningen(figures):
    """Granted minimaregelingen decided in 2024Q2: B kwijtschelding and bijzondere
    bijstand, C upas, E upas, F iit = 5 (B's refused upas, E's PW and G's open application
    do not count; A's and D's grants fall in 2023Q3)."""
    assert figures("armoede.toekenningen", "2024Q2") == 5
    assert figures("armoede.toekenningen", "2024Q2", regeling="upas") == 2
    assert figures("armoede.toekenningen", "2024Q2", regeling="kwijtschelding") == 1
    assert figures("armoede.toekenningen", "2024Q2", regeling="bijzondere_bijstand") == 1
    assert figures("armoede.toekenningen", "2024Q2", regeling="iit") == 1
    assert figures("armoede.toekenningen", "2024Q2", regeling="studietoeslag") == 0
    assert figures("armoede.toekenningen", "2024Q3") == 0


def test_armoede__bereik(figures):
    """PW running on 2024-06-30: A, B, D, G (C ended per that day, F has IOAW, E none).
    With a grant in 2023-07-02 .. 2024-06-30: B (twice) and D (on the window's first day);
    A's grant is a day too early. 2 / 4 = 0.5. On 2024-09-30 (window from 2023-10-01): B
    only, of A, B, D, G: 0.25."""
    assert figures("armoede.bereik", "2024Q2") == 0.5
    assert figures("armoede.bereik", "2024Q3") == 0.25
