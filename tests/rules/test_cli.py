# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor norm`, `verrekening`, `vrijwilligersvergoeding`: JSON on stdout; bad input gets
one Dutch line on stderr and exit 2."""

import json
import subprocess
import sys

import pytest


def _run(*args):
    return subprocess.run(
        [sys.executable, "-m", "werkspoor.cli", *args], capture_output=True, text=True, timeout=60
    )


def test_norm_prints_the_published_norm_as_json():
    result = _run(
        "norm", "--datum", "2024-01-01", "--huishouden", "alleenstaande", "--leeftijd", "30"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["norm_incl_vakantietoeslag"] == 1283.83
    assert data["vakantietoeslag"] == 64.19
    assert data["norm_excl_vakantietoeslag"] == 1219.64
    assert "Participatiewet" in data["bron"]


def test_norm_with_kostendelers_and_young_partner():
    result = _run(
        "norm",
        "--datum",
        "2024-07-01",
        "--huishouden",
        "gehuwden",
        "--leeftijd",
        "30",
        "--leeftijd-partner",
        "30",
        "--kostendelers",
        "3",
    )
    assert json.loads(result.stdout)["norm_incl_vakantietoeslag"] == pytest.approx(2 * 809.99)


def test_verrekening_prints_benefit_vrijlating_and_income_set_off():
    result = _run(
        "verrekening",
        "--datum",
        "2024-07-01",
        "--huishouden",
        "alleenstaande",
        "--leeftijd",
        "30",
        "--netto-inkomsten",
        "800",
        "--maand-vrijlating",
        "3",
    )
    data = json.loads(result.stdout)
    assert (data["uitkering"], data["vrijlating"], data["verrekende_inkomsten"]) == (
        708.45,
        200.0,
        600.0,
    )


def test_vrijwilligersvergoeding_prints_the_2023_maxima():
    data = json.loads(_run("vrijwilligersvergoeding", "--datum", "2023-06-01").stdout)
    assert (data["max_per_maand"], data["max_per_jaar"]) == (190.0, 1900.0)
    assert set(data) == {"max_per_maand", "max_per_jaar", "bron"}


@pytest.mark.parametrize(
    "args",
    [
        ("norm", "--datum", "2024-01-01", "--huishouden", "eenhoorn", "--leeftijd", "30"),
        ("norm", "--datum", "2019-01-01", "--huishouden", "alleenstaande", "--leeftijd", "30"),
        ("norm", "--datum", "2024-01-01", "--huishouden", "alleenstaande", "--leeftijd", "17"),
        ("norm", "--datum", "01-01-2024", "--huishouden", "alleenstaande", "--leeftijd", "30"),
        (
            "verrekening",
            "--datum",
            "2024-01-01",
            "--huishouden",
            "alleenstaande",
            "--leeftijd",
            "30",
            "--netto-inkomsten",
            "-10",
            "--maand-vrijlating",
            "1",
        ),
        ("vrijwilligersvergoeding", "--datum", "2030-01-01"),
    ],
)
def test_bad_input_is_one_dutch_line_and_exit_2(args):
    result = _run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"werkspoor {args[0]}: ")
