# SPDX-License-Identifier: EUPL-1.2
"""schuldhulp.csv, vroegsignalen.csv, inburgering.csv and upas.csv: every rule of the
format rejects its row with file, line, column and the Dutch reason; nothing else is lost."""

import pytest

from werkspoor.debt.models import Schuldhulptraject, Vroegsignaal
from werkspoor.inburgering.models import Inburgering
from werkspoor.poverty.models import UPas

from .conftest import append_row, read_csv, run_import, set_cell

pytestmark = pytest.mark.django_db

BAD_CELLS = [
    ("schuldhulp.csv", 2, "eerste_gesprek", "2021-01-03", "niet vóór de aanmelding liggen"),
    ("schuldhulp.csv", 2, "plan_datum", "2020-12-31", "plan van aanpak kan niet vóór"),
    ("schuldhulp.csv", 2, "einddatum", "2021-01-04", "na de aanmelddatum liggen"),
    ("schuldhulp.csv", 2, "resultaat", "", "Een beëindigd traject heeft een resultaat"),
    ("schuldhulp.csv", 8, "resultaat", "stabiel", "een lopend traject niet"),
    ("schuldhulp.csv", 2, "spoed", "misschien", "'misschien' is geen ja of nee."),
    ("schuldhulp.csv", 2, "soort", "lening", "Onbekende code 'lening'"),
    ("vroegsignalen.csv", 2, "contactdatum", "2021-01-01", "niet vóór het signaal liggen"),
    ("vroegsignalen.csv", 4, "aanmelding", "ja", "vraagt om een contactdatum"),
    ("vroegsignalen.csv", 2, "bron", "bank", "Onbekende code 'bank'"),
    ("inburgering.csv", 2, "pip_datum", "2022-01-09", "niet vóór de start"),
    ("inburgering.csv", 7, "route", "b1", "De leerroute staat in het PIP"),
    ("inburgering.csv", 2, "route", "", "De leerroute staat in het PIP"),
    ("inburgering.csv", 2, "doelgroep", "arbeid", "Onbekende code 'arbeid'"),
    ("upas.csv", 2, "besteed", "150.01", "niet meer besteed zijn dan het tegoed"),
    ("upas.csv", 2, "tegoed", "12,50", "schrijf een punt, geen komma"),
    ("upas.csv", 2, "pasjaar", "1999", "tussen 2000 en 2100"),
]


@pytest.mark.parametrize(("file_name", "line", "column", "value", "reason"), BAD_CELLS)
def test_a_broken_rule_rejects_the_row_with_line_column_and_reason(
    folder, file_name, line, column, value, reason
):
    set_cell(folder, file_name, line, column, value)
    report = run_import(folder)
    assert report.rejected == 1
    (reject,) = report.rejects
    assert (reject.file, reject.line) == (file_name, line)
    assert [p.column for p in reject.problems] == [column]
    assert reason in reject.problems[0].reason
    rows = read_csv(folder / "afgewezen.csv")
    assert rows[1][:4] == [file_name, str(line), column, value]
    total = len(read_csv(folder / file_name)) - 2  # header and the rejected row
    assert report.counts[file_name].imported == total


def test_a_second_pass_for_the_same_resident_and_pass_year_is_rejected(folder):
    line = append_row(
        folder,
        "upas.csv",
        {"upas_id": "UP09", "inwoner_id": "I01", "pasjaar": "2022", "tegoed": "1.00"}
        | {"besteed": "0.00"},
    )
    report = run_import(folder)
    (reject,) = report.rejects
    assert (reject.file, reject.line) == ("upas.csv", line)
    assert reject.problems[0].column == "pasjaar"
    assert reject.problems[0].reason == (
        "Deze inwoner heeft in dit pasjaar al een U-pas (staat al op regel 3)."
    )
    assert UPas.objects.count() == 3


def test_a_pass_already_in_the_registry_is_rejected_on_a_second_import(folder):
    run_import(folder)
    set_cell(folder, "upas.csv", 2, "upas_id", "UP99")
    for name in ("schuldhulp.csv", "vroegsignalen.csv", "inburgering.csv"):
        (folder / name).unlink()
    report = run_import(folder)
    upas = [r for r in report.rejects if r.file == "upas.csv"]
    assert "staat al in de registratie" in upas[0].problems[-1].reason


def test_the_theme_files_need_no_benefit_and_keep_their_values(folder):
    report = run_import(folder)
    assert report.rejected == 0
    running = Schuldhulptraject.objects.get(external_id="S08")
    assert running.soort == "" and running.eerste_gesprek is None and running.resultaat == ""
    assert Vroegsignaal.objects.get(external_id="V01").aanmelding is True
    waiting = Inburgering.objects.get(external_id="B06")
    assert waiting.pip_datum is None and waiting.route == ""
    assert str(UPas.objects.get(external_id="UP03").besteed) == "365.40"
