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
    records = json.loads(run("--van", "2020Q4", "--tot", "2020Q4", "--drempel", "0"))
    assert isinstance(records, list)
    documented = ["indicator", "periode", "uitsplitsing", "waarde", "onderdrukt"]
    assert all(list(r) in (documented, [*documented, "voorlopig"]) for r in records)
    provisional = {r["indicator"] for r in records if "voorlopig" in r}
    assert provisional == {"bijstand.uitstroom_werk_duurzaam"}
    assert all(r["voorlopig"] is True for r in records if "voorlopig" in r)
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


def test_sqlite_and_postgresql_give_identical_output(kleine_stad):
    """The stored expectation (the non-zero cells) was written on SQLite; CI runs this test
    on PostgreSQL too. WERKSPOOR_UPDATE_EXPECTED=1 rewrites it (review the diff by hand)."""
    lines = run("--van", "2020Q3", "--tot", "2021Q1", "--drempel", "0").splitlines()
    output = "\n".join(line for line in lines if '"waarde": 0,' not in line) + "\n"
    if os.environ.get("WERKSPOOR_UPDATE_EXPECTED") == "1":
        EXPECTED.write_text(output, encoding="utf-8")
    assert output == EXPECTED.read_text(encoding="utf-8")
