# SPDX-License-Identifier: EUPL-1.2
"""Property: any valid rows survive import and export unchanged (Hypothesis)."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkspoor.core.gemeente import current_gemeente
from werkspoor.exchange.exporter import export_directory
from werkspoor.exchange.spec import FILES_BY_NAME

from .conftest import read_csv, run_import, write_csv

pytestmark = pytest.mark.django_db

VALID_BSNS = ["111222333", "123456782", "999999990", "100000009"]
CODES = ["ja", "nee"]
text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=20
)
days = st.dates(min_value=date(1940, 1, 1), max_value=date(2030, 12, 31))
identifiers = st.from_regex(r"[A-Za-z0-9_-]{1,10}", fullmatch=True)


def _codes(file_name: str, column: str) -> list[str]:
    return list(FILES_BY_NAME[file_name].column(column).kind.codes)


@st.composite
def periods(draw, count):
    """`count` consecutive half-open periods; the last may be running."""
    start = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2020, 1, 1)))
    result = []
    for index in range(count):
        end = start + timedelta(days=draw(st.integers(1, 900)))
        running = index == count - 1 and draw(st.booleans())
        result.append((start.isoformat(), "" if running else end.isoformat()))
        start = end + timedelta(days=draw(st.integers(0, 30)))
    return result


@st.composite
def inwoner_rows(draw):
    ids = draw(st.lists(identifiers, min_size=1, max_size=4, unique=True))
    bsns = draw(st.permutations(VALID_BSNS))
    wijken = current_gemeente().wijken
    rows = []
    for index, inwoner_id in enumerate(ids):
        override = draw(st.sampled_from(["", "basis", "plus"]))
        reden = draw(text.filter(lambda t: t != "")) if override else ""
        rows.append(
            [
                inwoner_id,
                draw(days).isoformat(),
                draw(st.sampled_from(wijken)),
                draw(st.sampled_from(_codes("inwoners.csv", "huishoudtype"))),
                *(draw(st.sampled_from(CODES)) for _ in range(3)),
                bsns[index] if draw(st.booleans()) else "",
                draw(text),
                draw(text),
                str(draw(st.integers(1, 6))),
                override,
                reden,
            ]
        )
    return rows


@st.composite
def registries(draw):
    inwoners = draw(inwoner_rows())
    ids = [row[0] for row in inwoners]
    uitkeringen, arrangementen, trajecten, deeltijd, kto = [], [], [], [], []
    for number, inwoner_id in enumerate(ids):
        for index, (start, end) in enumerate(draw(periods(draw(st.integers(0, 3))))):
            reden = (
                draw(st.sampled_from(_codes("uitkeringen.csv", "reden_beeindiging"))) if end else ""
            )
            regeling = draw(st.sampled_from(_codes("uitkeringen.csv", "regeling")))
            uitkeringen.append([f"U{number}-{index}", inwoner_id, regeling, start, end, reden, ""])
        for start, end in draw(periods(draw(st.integers(0, 3)))):
            arrangementen.append([inwoner_id, str(draw(st.integers(1, 4))), start, end, draw(text)])
        for index, (start, end) in enumerate(draw(periods(draw(st.integers(0, 2))))):
            instrument = draw(st.sampled_from(_codes("trajecten.csv", "instrument")))
            loonwaarde = draw(st.integers(0, 100).map(str) | st.just(""))
            if instrument == "loonkostensubsidie" and not loonwaarde:
                loonwaarde = "50"
            resultaat = draw(st.sampled_from(["", *_codes("trajecten.csv", "resultaat")]))
            trajecten.append(
                [f"T{number}-{index}", inwoner_id, instrument, start, end, resultaat, loonwaarde]
            )
        for start, end in draw(periods(draw(st.integers(0, 2)))):
            amount = draw(st.decimals(0, 5000, places=2).map(str) | st.just(""))
            deeltijd.append([inwoner_id, start, end, amount])
    for index in range(draw(st.integers(0, 3))):
        kto.append(
            [
                f"K{index}",
                draw(days).isoformat(),
                draw(text.filter(lambda t: 0 < len(t))),
                str(draw(st.integers(1, 10))),
            ]
        )
    return {
        "inwoners.csv": inwoners,
        "uitkeringen.csv": uitkeringen,
        "arrangementen.csv": arrangementen,
        "trajecten.csv": trajecten,
        "deeltijdwerk.csv": deeltijd,
        "kto.csv": kto,
    }


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(registry=registries())
def test_valid_rows_survive_import_and_export_unchanged(db, registry):
    work = Path(tempfile.mkdtemp(prefix="werkspoor-eigenschap-"))
    try:
        source, target = work / "in", work / "uit"
        source.mkdir()
        for name, rows in registry.items():
            write_csv(source / name, [FILES_BY_NAME[name].column_names, *rows])
        report = run_import(source, replace=True)
        assert report.rejects == []
        export_directory(target)
        for name, rows in registry.items():
            exported = read_csv(target / name)
            assert sorted(exported[1:]) == sorted(rows), name
    finally:
        shutil.rmtree(work)
