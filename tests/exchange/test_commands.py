# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor import` and `werkspoor export` as a user runs them: exit codes, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from werkspoor.cli import main
from werkspoor.exchange.report import REJECT_COLUMNS
from werkspoor.registry.models import Inwoner, KtoRespons

from .conftest import FULL, append_row, read_csv, set_cell

pytestmark = pytest.mark.django_db


def _werkspoor(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _one_sentence(err: str) -> bool:
    return err.strip().count("\n") == 0 and "Traceback" not in err


def test_clean_import_exits_0_and_prints_counts_per_file(capsys, accounts):
    code, out, err = _werkspoor(capsys, "import", str(FULL), "--stil")
    assert code == 0 and err == ""
    assert "inwoners.csv" in out and "totaal" in out
    assert Inwoner.objects.count() == 3


def test_rejected_rows_exit_1_with_one_sentence_and_a_rejects_file(capsys, folder):
    set_cell(folder, "kto.csv", 2, "cijfer", "12")
    code, out, err = _werkspoor(capsys, "import", str(folder), "--stil")
    assert code == 1 and _one_sentence(err)
    assert "1 rij(en) afgewezen" in err and "afgewezen.csv" in err
    rows = read_csv(folder / "afgewezen.csv")
    assert rows[0] == REJECT_COLUMNS
    assert rows[1][:5] == ["kto.csv", "2", "cijfer", "12", "Een KTO-cijfer ligt tussen 1 en 10."]
    assert rows[1][5] == "K01,2021-03-01,werk,12"  # the original row, to fix and import again
    assert KtoRespons.objects.count() == 2


def test_rejects_go_where_afgewezen_says(capsys, folder, tmp_path):
    set_cell(folder, "kto.csv", 2, "datum", "morgen")
    target = tmp_path / "rapport" / "fouten.csv"
    code, _out, _err = _werkspoor(
        capsys, "import", str(folder), "--stil", "--afgewezen", str(target)
    )
    assert code == 1 and target.exists() and not (folder / "afgewezen.csv").exists()


def test_missing_folder_exits_2_with_one_sentence(capsys, tmp_path):
    code, _out, err = _werkspoor(capsys, "import", str(tmp_path / "nergens"), "--stil")
    assert code == 2 and _one_sentence(err) and "bestaat niet" in err


def test_folder_without_exchange_files_exits_2(capsys, tmp_path):
    (tmp_path / "iets.txt").write_text("hallo")
    code, _out, err = _werkspoor(capsys, "import", str(tmp_path), "--stil")
    assert code == 2 and "geen enkel bestand" in err


def test_missing_required_column_exits_2_and_imports_nothing(capsys, folder):
    rows = read_csv(folder / "uitkeringen.csv")
    dropped = rows[0].index("reden_beeindiging")
    (folder / "uitkeringen.csv").write_text(
        "\n".join(",".join(row[:dropped] + row[dropped + 1 :]) for row in rows) + "\n",
        encoding="utf-8",
    )
    code, _out, err = _werkspoor(capsys, "import", str(folder), "--stil")
    assert code == 2 and _one_sentence(err)
    assert "uitkeringen.csv" in err and "'reden_beeindiging'" in err
    assert Inwoner.objects.count() == 0


def test_a_file_that_is_not_utf8_exits_2_and_names_the_file(capsys, folder):
    (folder / "werkgevers.csv").write_bytes(
        "werkgever_id,naam,sector\nG1,Caf\xe9 De Zon,horeca\n".encode("latin-1")
    )
    code, _out, err = _werkspoor(capsys, "import", str(folder), "--stil")
    assert code == 2 and _one_sentence(err) and "werkgevers.csv is geen UTF-8" in err


def test_a_header_naming_a_column_twice_exits_2(capsys, folder):
    (folder / "kto.csv").write_text("respons_id,datum,thema,cijfer,cijfer\n", encoding="utf-8")
    code, _out, err = _werkspoor(capsys, "import", str(folder), "--stil")
    assert code == 2 and "meer dan eens" in err


def test_absent_files_are_reported_and_unknown_columns_and_files_warned_about(
    capsys, accounts, tmp_path
):
    for name in ("inwoners.csv", "uitkeringen.csv"):
        (tmp_path / name).write_bytes((FULL / name).read_bytes())
    append_row(tmp_path, "inwoners.csv", {})  # a blank-ish row is a reject, not a crash
    rows = read_csv(tmp_path / "uitkeringen.csv")
    (tmp_path / "uitkeringen.csv").write_text(
        "\n".join(",".join([*row, "x"]) for row in rows).replace(
            ",aanvraag_id,x", ",aanvraag_id,opmerking"
        )
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "klanten.csv").write_text("a,b\n", encoding="utf-8")
    code, out, _err = _werkspoor(capsys, "import", str(tmp_path), "--stil")
    assert code == 1
    assert "Gevonden: inwoners.csv, uitkeringen.csv." in out
    assert "Niet aanwezig (niet ingelezen): teams.csv" in out
    assert "uitkeringen.csv: onbekende kolom(men) 'opmerking' niet ingelezen." in out
    assert "klanten.csv hoort niet bij het uitwisselformaat" in out


def test_importing_twice_rejects_everything_the_second_time_and_vervang_replaces(capsys, accounts):
    assert _werkspoor(capsys, "import", str(FULL), "--stil", "--afgewezen", "/dev/null")[0] == 0
    code, out, _err = _werkspoor(capsys, "import", str(FULL), "--stil", "--afgewezen", "/dev/null")
    total = next(line for line in out.splitlines() if line.startswith("totaal"))
    assert code == 1 and total.split() == ["totaal", "121", "0", "121"]
    assert Inwoner.objects.count() == 3
    code, _out, _err = _werkspoor(capsys, "import", str(FULL), "--stil", "--vervang")
    assert code == 0 and Inwoner.objects.count() == 3


def test_adding_to_a_registry_may_refer_to_what_is_already_there(capsys, folder, tmp_path):
    assert _werkspoor(capsys, "import", str(folder), "--stil")[0] == 0
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "uitkeringen.csv").write_text(
        "uitkering_id,inwoner_id,regeling,startdatum,einddatum,reden_beeindiging\n"
        "U20,I02,PW,2021-01-01,,\n"
        "U21,I03,PW,2021-01-01,,\n",  # I03's U08 is still running: overlap with the registry
        encoding="utf-8",
    )
    code, _out, _err = _werkspoor(capsys, "import", str(extra), "--stil")
    assert code == 1
    rows = read_csv(extra / "afgewezen.csv")
    assert [row[:3] for row in rows[1:]] == [["uitkeringen.csv", "3", "startdatum"]]
    assert "botst met een periode in de registratie" in rows[1][4]
    assert Inwoner.objects.get(external_id="I02").uitkeringen.count() == 2


def test_export_writes_every_file_and_refuses_a_file_as_folder(capsys, accounts, tmp_path):
    _werkspoor(capsys, "import", str(FULL), "--stil")
    code, out, _err = _werkspoor(capsys, "export", str(tmp_path / "uit"))
    assert code == 0 and "121 rijen in 23 bestanden" in out
    (tmp_path / "bestand").write_text("")
    code, _out, err = _werkspoor(capsys, "export", str(tmp_path / "bestand"))
    assert code == 2 and _one_sentence(err) and "geen map" in err


def test_the_installed_command_gives_one_line_and_no_progress_bar_without_a_terminal(tmp_path):
    env = {**os.environ, "WERKSPOOR_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    result = subprocess.run(
        [sys.executable, "-m", "werkspoor.cli", "import", str(tmp_path / "nergens")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 2
    assert result.stderr.strip().startswith("werkspoor import: De map")
    assert _one_sentence(result.stderr)


def test_import_help_documents_the_policy_and_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = capsys.readouterr().out
    assert "Rij voor rij" in out and "Afsluitcode: 0" in out and "--vervang" in out
