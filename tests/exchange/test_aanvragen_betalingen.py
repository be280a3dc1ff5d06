# SPDX-License-Identifier: EUPL-1.2
"""aanvragen.csv, betalingen.csv and uitkeringen.csv's aanvraag_id: every bad row is rejected
with file, line, column and reason; the valid rows around it are imported."""

from datetime import date
from decimal import Decimal

import pytest

from werkspoor.applications.models import Aanvraag
from werkspoor.payments.models import Betaling
from werkspoor.registry.models import Uitkering

from .conftest import append_row, rejects_by_place, run_import, set_cell

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "values, column, reason",
    [
        (
            {"besluitdatum": "2021-02-27", "besluit": "afwijzing", "reden_afwijzing": "inkomen"},
            "besluitdatum",
            "De besluitdatum ligt niet vóór de aanvraagdatum.",
        ),
        ({"besluit": "toekenning"}, "besluit", "Besluit en besluitdatum zijn allebei leeg"),
        ({"besluitdatum": "2021-03-05"}, "besluit", "Besluit en besluitdatum zijn allebei leeg"),
        (
            {"besluitdatum": "2021-03-05", "besluit": "toekenning", "reden_afwijzing": "inkomen"},
            "reden_afwijzing",
            "Alleen een afwijzing heeft een reden van afwijzing.",
        ),
        ({"meldingsdatum": "2021-03-02"}, "meldingsdatum", "niet na de aanvraagdatum"),
        ({"regeling": "WW"}, "regeling", "Onbekende code 'WW'"),
        ({"besluit": "goedgekeurd", "besluitdatum": "2021-03-05"}, "besluit", "Onbekende code"),
        ({"opschorting_dagen": "-3"}, "opschorting_dagen", ""),
    ],
)
def test_a_bad_application_is_rejected_with_its_column(folder, values, column, reason):
    row = {
        "aanvraag_id": "A99",
        "inwoner_id": "I01",
        "regeling": "PW",
        "aanvraagdatum": "2021-03-01",
        **values,
    }
    line = append_row(folder, "aanvragen.csv", row)
    report = run_import(folder)
    problems = rejects_by_place(report)[("aanvragen.csv", line)]
    assert problems[0][0] == column and reason in problems[0][1]
    assert not Aanvraag.objects.filter(external_id="A99").exists()
    assert Aanvraag.objects.count() == 21  # the valid rows are all in


def test_an_empty_suspension_means_none_and_an_open_application_stays_open(folder):
    append_row(
        folder,
        "aanvragen.csv",
        {
            "aanvraag_id": "A99",
            "inwoner_id": "I02",
            "regeling": "upas",
            "aanvraagdatum": "2021-04-01",
        },
    )
    assert run_import(folder).rejected == 0
    aanvraag = Aanvraag.objects.get(external_id="A99")
    assert aanvraag.opschorting_dagen == 0 and aanvraag.is_open


@pytest.mark.parametrize(
    "aanvraag_id, regeling, reason",
    [
        ("A09", "PW", "De aanvraag is van een andere inwoner dan de uitkering."),  # I02's
        ("A19", "PW", "heeft als besluit een toekenning"),  # buiten behandeling
        ("A02", "IOAW", "De aanvraag is voor PW, de uitkering voor IOAW."),
        ("A01", "PW", "uniek en komt al voor op regel 2"),  # U01 names it already
        ("A77", "PW", "staat niet in aanvragen.csv en niet in de registratie"),
    ],
)
def test_an_uitkering_must_name_a_toekenning_of_its_own(folder, aanvraag_id, regeling, reason):
    line = append_row(
        folder,
        "uitkeringen.csv",
        {
            "uitkering_id": "U99",
            "inwoner_id": "I01",
            "regeling": regeling,
            "startdatum": "2021-01-01",
            "aanvraag_id": aanvraag_id,
        },
    )
    problems = rejects_by_place(run_import(folder))[("uitkeringen.csv", line)]
    assert problems[0][0] == "aanvraag_id" and reason in problems[0][1]
    assert not Uitkering.objects.filter(external_id="U99").exists()


@pytest.mark.parametrize(
    "values, column, reason",
    [
        ({"maand": "2024-13"}, "maand", "'2024-13' is geen maand; schrijf JJJJ-MM"),
        ({"maand": "2024-7"}, "maand", "is geen maand"),
        ({"maand": "2024-07-01"}, "maand", "is geen maand"),
        ({"bedrag": "1.308,45"}, "bedrag", "schrijf een punt, geen komma"),
        ({"regeling": "WW"}, "regeling", "Onbekende code 'WW'"),
        ({"inwoner_id": "I99"}, "inwoner_id", "staat niet in inwoners.csv"),
    ],
)
def test_a_bad_payment_is_rejected_with_its_column(folder, values, column, reason):
    row = {
        "betaling_id": "B99",
        "inwoner_id": "I01",
        "regeling": "PW",
        "maand": "2024-07",
        "bedrag": "12.50",
        **values,
    }
    line = append_row(folder, "betalingen.csv", row)
    problems = rejects_by_place(run_import(folder))[("betalingen.csv", line)]
    assert problems[0][0] == column and reason in problems[0][1]
    assert Betaling.objects.count() == 12


def test_a_recovery_is_a_negative_payment_of_the_first_of_its_month(folder):
    set_cell(folder, "betalingen.csv", 2, "bedrag", "-1308.45")
    assert run_import(folder).rejected == 0
    betaling = Betaling.objects.get(external_id="B01")
    assert betaling.bedrag == Decimal("-1308.45") and betaling.maand == date(2017, 1, 1)
