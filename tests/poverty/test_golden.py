# SPDX-License-Identifier: EUPL-1.2
"""Golden test of the U-pas indicators over a pass year boundary (1 July), worked out by
hand. Pass year 2023 runs 2023-07-01 to 2024-07-01, pass year 2024 from 2024-07-01.

  P1  pasjaar 2023: tegoed 100, besteed 50;  pasjaar 2024: tegoed 120, besteed 0
  P2  pasjaar 2023: tegoed 300, besteed 300
  P3  pasjaar 2024: tegoed 80, besteed 20"""

from datetime import date as d

import pytest

from tests.indicators.conftest import Figures
from werkspoor.core.periods import Quarter
from werkspoor.indicators.engine import Engine
from werkspoor.poverty.models import pasjaar_op, pasjaar_periode


@pytest.fixture
def figures(build):
    p1, p2, p3 = build.inwoner(), build.inwoner(), build.inwoner()
    build.upas(p1, 2023, "100.00", "50.00")
    build.upas(p1, 2024, "120.00", "0.00")
    build.upas(p2, 2023, "300.00", "300.00")
    build.upas(p3, 2024, "80.00", "20.00")
    engine = Engine()
    try:
        ids = ["armoede.upas_houders", "armoede.upas_besteding"]
        return Figures(engine.compute(Quarter(2023, 2), Quarter(2024, 3), ids))
    finally:
        engine.close()


def test_armoede__upas_houders(figures):
    """On 2024-06-30 pass year 2023 runs: P1 and P2. On 2024-09-30 pass year 2024: P1 and
    P3. On 2023-06-30 pass year 2022, which has no passes: no figure."""
    assert figures("armoede.upas_houders", "2024Q2") == 2
    assert figures("armoede.upas_houders", "2024Q3") == 2
    assert figures("armoede.upas_houders", "2023Q3") == 2
    assert not figures.has("armoede.upas_houders", "2023Q2")


def test_armoede__upas_besteding(figures):
    """Pass year 2023: (50 + 300) / (100 + 300) = 0.875. Pass year 2024: 20 / 200 = 0.1."""
    assert figures("armoede.upas_besteding", "2024Q2") == 0.875
    assert figures("armoede.upas_besteding", "2024Q3") == 0.1


def test_the_pass_year_turns_on_1_july():
    assert pasjaar_op(d(2024, 6, 30)) == 2023 and pasjaar_op(d(2024, 7, 1)) == 2024
    assert pasjaar_periode(2022) == (d(2022, 7, 1), d(2023, 7, 1))
