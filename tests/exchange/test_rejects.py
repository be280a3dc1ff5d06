# SPDX-License-Identifier: EUPL-1.2
"""Bad rows are rejected with file, line, column and a Dutch reason, and nothing else is lost."""

from __future__ import annotations

import pytest
from django.db import models

from werkspoor.exchange.columns import (
    Account,
    Boolean,
    Code,
    Date,
    DecimalNumber,
    Identifier,
    Integer,
    Reference,
)
from werkspoor.exchange.spec import FILES
from werkspoor.registry.models import ArrangementPeriode, Inwoner, Toewijzing, Uitkering

from .conftest import append_row, read_csv, rejects_by_place, run_import, set_cell

pytestmark = pytest.mark.django_db


def _malformed(column) -> str:
    """A value that is wrong for this column whatever the rest of the row says."""
    kind = column.kind
    if isinstance(kind, Date):
        return "2021-02-30"
    if isinstance(kind, Boolean):
        return "misschien"
    if isinstance(kind, Code):
        return "onbekend"
    if isinstance(kind, DecimalNumber):
        return "1,50"
    if isinstance(kind, Integer):
        return "twaalf"
    if isinstance(kind, Reference) and kind.creates_missing:
        return "x" * 101  # an unknown team is created, but not with an impossible name
    if isinstance(kind, Reference | Account):
        return "BESTAAT-NIET"
    if isinstance(kind, Identifier):
        return ""
    if column.name == "wijk":
        return "Atlantis"
    if isinstance(column.model_field, models.CharField):
        return "x" * (column.model_field.max_length + 1)
    return "nul\x00teken"


COLUMNS = [(f, c) for f in FILES for c in f.columns]


@pytest.mark.parametrize("exchange_file, column", COLUMNS, ids=lambda x: getattr(x, "name", ""))
def test_a_malformed_value_in_any_column_is_reported_on_that_column_and_nothing_is_lost(
    folder, exchange_file, column
):
    set_cell(folder, exchange_file.name, 2, column.name, _malformed(column))
    report = run_import(folder)
    rejects = rejects_by_place(report)
    assert column.name in [name for name, _reason in rejects[(exchange_file.name, 2)]]
    others = {
        place: problems for place, problems in rejects.items() if place != (exchange_file.name, 2)
    }
    # Only rows that refer to the broken row are rejected too; blanking a key makes the
    # rows that refer to it point at nothing.
    dependent = ("afgewezen rij", f"staat niet in {exchange_file.name}")
    for problems in others.values():
        assert all(any(d in reason for d in dependent) for _column, reason in problems)
    total_rows = sum(len(read_csv(folder / f.name)) - 1 for f in FILES)
    assert report.imported + report.rejected == total_rows


def _only_reject(report):
    assert len(report.rejects) == 1, report.rejects
    reject = report.rejects[0]
    return reject.file, reject.line, [(p.column, p.reason) for p in reject.problems]


def test_malformed_date_names_the_date_and_the_format(folder):
    set_cell(folder, "uitkeringen.csv", 3, "startdatum", "31-12-2020")
    file_name, line, problems = _only_reject(run_import(folder))
    assert (file_name, line) == ("uitkeringen.csv", 3)
    assert problems == [
        ("startdatum", "'31-12-2020' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2021-03-31.")
    ]


def test_unknown_code_lists_the_known_codes(folder):
    set_cell(folder, "uitkeringen.csv", 2, "regeling", "WW")
    _file, _line, problems = _only_reject(run_import(folder))
    assert problems == [("regeling", "Onbekende code 'WW'; kies uit: PW, IOAW, IOAZ, BBZ.")]


def test_missing_reference_is_rejected_and_the_other_rows_imported(folder):
    line = append_row(
        folder,
        "uitkeringen.csv",
        {
            "uitkering_id": "U99",
            "inwoner_id": "I77",
            "regeling": "PW",
            "startdatum": "2020-01-01",
        },
    )
    report = run_import(folder)
    assert _only_reject(report)[:2] == ("uitkeringen.csv", line)
    assert "staat niet in inwoners.csv" in report.rejects[0].problems[0].reason
    assert Uitkering.objects.count() == 8


def test_duplicate_id_keeps_the_first_row_and_rejects_the_second(folder):
    line = append_row(
        folder,
        "uitkeringen.csv",
        {
            "uitkering_id": "U01",
            "inwoner_id": "I02",
            "regeling": "PW",
            "startdatum": "2021-01-01",
        },
    )
    file_name, reject_line, problems = _only_reject(run_import(folder))
    assert (file_name, reject_line) == ("uitkeringen.csv", line)
    assert problems == [
        ("uitkering_id", "uitkering_id 'U01' staat ook op regel 2; die eerste rij is ingelezen.")
    ]
    assert Uitkering.objects.get(external_id="U01").inwoner.external_id == "I01"


def test_rows_referring_to_a_rejected_row_are_rejected_with_its_line(folder):
    set_cell(folder, "inwoners.csv", 4, "geboortedatum", "")  # I03, the fourth record
    report = run_import(folder)
    rejects = rejects_by_place(report)
    # I02's werkdienstverlening_reden spans two lines, so I03 starts on line 5 of the file
    assert rejects[("inwoners.csv", 5)] == [("geboortedatum", "Deze kolom mag niet leeg zijn.")]
    dependent = [place for place in rejects if place[0] != "inwoners.csv"]
    assert len(dependent) == 33  # every row of I03 in the other files
    assert ("uitkeringen.csv", 8) in rejects
    assert rejects[("uitkeringen.csv", 8)] == [
        ("inwoner_id", "inwoner_id 'I03' verwijst naar een afgewezen rij (inwoners.csv regel 5)."),
        (
            "aanvraag_id",
            "aanvraag_id 'A07' verwijst naar een afgewezen rij (aanvragen.csv regel 8).",
        ),
    ]
    assert not Inwoner.objects.filter(external_id="I03").exists()


@pytest.mark.parametrize(
    "model, file_name, values, message",
    [
        (
            Uitkering,
            "uitkeringen.csv",
            {
                "uitkering_id": "U50",
                "inwoner_id": "I01",
                "regeling": "PW",
                "startdatum": "2017-05-01",
                "einddatum": "2017-07-01",
                "reden_beeindiging": "werk",
            },
            "al een uitkering",
        ),
        (
            ArrangementPeriode,
            "arrangementen.csv",
            {"inwoner_id": "I03", "arrangement": "2", "startdatum": "2025-01-01"},
            "al een arrangement",
        ),
        (
            Toewijzing,
            "toewijzingen.csv",
            {
                "inwoner_id": "I01",
                "werkcoach_id": "W01",
                "startdatum": "2017-12-31",
                "einddatum": "2018-01-01",
            },
            "al een vaste werkcoach",
        ),
    ],
)
def test_overlapping_periods_are_rejected_with_the_line_they_clash_with(
    folder, model, file_name, values, message
):
    before = len(read_csv(folder / file_name)) - 1
    line = append_row(folder, file_name, values)
    file_name_, reject_line, problems = _only_reject(run_import(folder))
    assert (file_name_, reject_line) == (file_name, line)
    assert problems[0][0] == "startdatum" and message in problems[0][1]
    assert "botst met regel" in problems[0][1]
    assert model.objects.count() == before


@pytest.mark.parametrize(
    "file_name, line, column, value, column_blamed, message",
    [
        (
            "uitkeringen.csv",
            2,
            "einddatum",
            "2016-12-31",
            "einddatum",
            "einddatum moet na de startdatum",
        ),
        (
            "uitkeringen.csv",
            9,
            "reden_beeindiging",
            "werk",
            "reden_beeindiging",
            "reden van beëindiging",
        ),
        ("trajecten.csv", 5, "loonwaarde", "101", "loonwaarde", "tussen 0 en 100"),
        ("trajecten.csv", 5, "loonwaarde", "", "loonwaarde", "vastgestelde loonwaarde"),
        (
            "doelen.csv",
            2,
            "statusdatum",
            "2017-01-15",
            "statusdatum",
            "statusdatum na de startdatum",
        ),
        ("inwoners.csv", 2, "aantal_kostendelers", "0", "aantal_kostendelers", "minstens 1"),
        (
            "inwoners.csv",
            2,
            "werkdienstverlening_override",
            "plus",
            "werkdienstverlening_reden",
            "vraagt om een reden",
        ),
        ("inwoners.csv", 2, "bsn", "123456789", "bsn", "elfproef"),
        ("inwoners.csv", 3, "bsn", "111222333", "bsn", "uniek en komt al voor op regel 2"),
        (
            "medische_adviezen.csv",
            2,
            "adviesdatum",
            "2018-01-01",
            "adviesdatum",
            "niet vóór de aanvraag",
        ),
        ("kto.csv", 2, "cijfer", "11", "cijfer", "tussen 1 en 10"),
        ("vacatures.csv", 2, "aantal", "0", "aantal", "minstens één plaats"),
        (
            "deeltijdwerk.csv",
            2,
            "netto_inkomsten_per_maand",
            "-1.00",
            "netto_inkomsten_per_maand",
            "niet negatief",
        ),
        (
            "werkcoaches.csv",
            2,
            "gebruikersnaam",
            "niemand",
            "gebruikersnaam",
            "geen gebruikersaccount",
        ),
    ],
)
def test_registry_rules_are_applied_with_the_models_own_messages(
    folder, file_name, line, column, value, column_blamed, message
):
    set_cell(folder, file_name, line, column, value)
    report = run_import(folder)
    problems = rejects_by_place(report)[(file_name, line)]
    assert any(name == column_blamed and message in reason for name, reason in problems), problems


def test_a_row_with_too_few_fields_is_rejected_as_a_whole(folder):
    with (folder / "kto.csv").open("a", encoding="utf-8") as handle:
        handle.write("K09,2021-04-01\n")
    assert _only_reject(run_import(folder)) == (
        "kto.csv",
        5,
        [("", "De rij heeft 2 velden; de kopregel heeft er 4.")],
    )


def test_several_problems_in_one_row_are_all_reported(folder):
    set_cell(folder, "kto.csv", 2, "datum", "gisteren")
    set_cell(folder, "kto.csv", 2, "cijfer", "tien")
    _file, _line, problems = _only_reject(run_import(folder))
    assert [column for column, _reason in problems] == ["datum", "cijfer"]
