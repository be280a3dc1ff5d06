# SPDX-License-Identifier: EUPL-1.2
"""The rule cases in definitions/regels/tests/*.yaml: official figures, each with its source."""

from datetime import date
from pathlib import Path

import pytest
import yaml
from django.conf import settings

from werkspoor.rules.calculate import evaluate


def _cases():
    for path in sorted((Path(settings.DEFINITIONS_DIR) / "regels" / "tests").glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            yield pytest.param(case, id=case["name"])


@pytest.mark.parametrize("case", list(_cases()))
def test_official_figure(case):
    year, month = map(int, case["period"].split("-"))
    result = evaluate(date(year, month, 1), 1, case["input"], list(case["output"]))
    margin = case.get("absolute_error_margin", 0.005)
    for variable, expected in case["output"].items():
        actual = result[variable][0]
        if isinstance(expected, str):
            assert str(actual) == expected, f"{variable}: {case['description']}"
        else:
            assert float(actual) == pytest.approx(expected, abs=margin), (
                f"{variable}: {case['description']}"
            )
