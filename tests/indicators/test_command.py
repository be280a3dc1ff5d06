# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor indicatoren`: the exact JSON form, CSV, flags, and the same figures on SQLite
and PostgreSQL (CI runs this file on both against one stored expectation)."""

import io
import json
import os
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

EXPECTED = Path(__file__).parent / "data" / "kleine_stad_2020Q3_2021Q1.json"


def run(*args) -> str:
    out = io.StringIO()
    call_command("indicatoren", *args, stdout=out)
    return out.getvalue()


def test_json_is_one_array_of_objects_with_exactly_the_documented_keys(kleine_stad):
    # The registry is complete up to 2021-12-31 (registered_through_2021): durable outflow
    # looks 365 days ahead, so 2021Q4 is provisional and 2020Q4 (365 days before) is not.
    latest = json.loads(run("--van", "2021Q4", "--tot", "2021Q4", "--drempel", "0"))
    provisional = {r["indicator"] for r in latest if "voorlopig" in r}
    assert provisional == {"bijstand.uitstroom_werk_duurzaam"}
    assert all(r["voorlopig"] is True for r in latest if "voorlopig" in r)
    records = json.loads(run("--van", "2020Q4", "--tot", "2020Q4", "--drempel", "0"))
    assert isinstance(records, list)
    documented = ["indicator", "periode", "uitsplitsing", "waarde", "onderdrukt"]
    assert all(list(r) in (documented, [*documented, "voorlopig"]) for r in records)
    assert not any("voorlopig" in r for r in records)
    total = next(
        r for r in records if r["indicator"] == "bijstand.bestand" and r["uitsplitsing"] == {}
    )
    assert total == {
        "indicator": "bijstand.bestand",
        "periode": "2020Q4",
        "uitsplitsing": {},
        "waarde": 3,
        "onderdrukt": False,
    }


def test_default_threshold_suppresses_with_null_and_flag(kleine_stad):
    records = json.loads(run("--van", "2020Q4", "--tot", "2020Q4"))
    total = next(
        r for r in records if r["indicator"] == "bijstand.bestand" and r["uitsplitsing"] == {}
    )
    assert total["waarde"] is None and total["onderdrukt"] is True


def test_csv_has_a_header_and_one_row_per_cell(kleine_stad):
    lines = run(
        "--van", "2020Q4", "--tot", "2020Q4", "--formaat", "csv", "--drempel", "0"
    ).splitlines()
    assert lines[0] == "indicator,periode,uitsplitsing,waarde,onderdrukt"
    assert "bijstand.bestand,2020Q4,wijk=Zuid,2,nee" in lines


@pytest.mark.parametrize(
    "args, message",
    [
        (["--van", "2020Q5", "--tot", "2021Q1"], "geen kwartaal"),
        (["--van", "2021Q1", "--tot", "2020Q1"], "ligt vóór"),
        (["--van", "2021Q1", "--tot", "2021Q1", "--drempel", "-1"], "0 of groter"),
    ],
)
def test_bad_flags_give_one_dutch_sentence(db, args, message):
    with pytest.raises(CommandError, match=message) as raised:
        run(*args)
    assert raised.value.returncode == 2


@pytest.fixture(autouse=True)
def registered_through_2021(settings):
    """The kleine stad's registry as complete from 2019 up to the end of 2021."""
    settings.WERKSPOOR_EERSTE_DATUM = "2019-01-01"
    settings.WERKSPOOR_STAND = "2021-12-31"


def test_years_are_periods_of_their_own(kleine_stad, registered_through_2021):
    records = json.loads(run("--van", "2019", "--tot", "2021", "--per", "jaar", "--drempel", "0"))
    assert sorted({r["periode"] for r in records}) == ["2019", "2020", "2021"]
    bestand = {
        r["periode"]: r["waarde"]
        for r in records
        if r["indicator"] == "bijstand.bestand" and r["uitsplitsing"] == {}
    }
    assert bestand == {"2019": 5, "2020": 3, "2021": 3}  # stocks on 31 December
    assert not any(r["indicator"] == "bijstand.groei_kwartaal" for r in records)


def test_years_without_per_are_recognised_and_quarters_refused_with_per_jaar(
    kleine_stad, registered_through_2021
):
    assert '"periode": "2020"' in run("--van", "2020", "--tot", "2020", "--drempel", "0")
    with pytest.raises(CommandError, match="geen jaar") as raised:
        run("--van", "2020Q1", "--tot", "2020Q4", "--per", "jaar")
    assert raised.value.returncode == 2


@pytest.mark.parametrize(
    "van, tot, message",
    [
        ("2030Q1", "2030Q1", "Voor 2030Q1 zijn er nog geen cijfers"),
        ("2021Q4", "2099Q4", "Voor 2099Q4 zijn er nog geen cijfers"),
        ("1990Q1", "2020Q4", "Voor 1990Q1 zijn er geen cijfers: de registratie begint op"),
        ("2022", "2022", "Voor 2022 zijn er nog geen cijfers"),
    ],
)
def test_periods_outside_the_registry_are_refused_with_exit_2(
    kleine_stad, registered_through_2021, van, tot, message
):
    with pytest.raises(CommandError, match=message) as raised:
        run("--van", van, "--tot", tot)
    assert raised.value.returncode == 2


def test_sqlite_and_postgresql_give_identical_output(kleine_stad, registered_through_2021):
    """The stored expectation (the non-zero cells) was written on SQLite; CI runs this test
    on PostgreSQL too. WERKSPOOR_UPDATE_EXPECTED=1 rewrites it (review the diff by hand)."""
    lines = run("--van", "2020Q3", "--tot", "2021Q1", "--drempel", "0").splitlines()
    output = "\n".join(line for line in lines if '"waarde": 0,' not in line) + "\n"
    if os.environ.get("WERKSPOOR_UPDATE_EXPECTED") == "1":
        EXPECTED.write_text(output, encoding="utf-8")
    assert output == EXPECTED.read_text(encoding="utf-8")
