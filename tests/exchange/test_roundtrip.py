# SPDX-License-Identifier: EUPL-1.2
"""Export -> import -> export gives back the same bytes, for every column and every code."""

from __future__ import annotations

import filecmp

import pytest

from werkspoor.exchange.columns import Code
from werkspoor.exchange.exporter import export_directory
from werkspoor.exchange.spec import FILES
from werkspoor.registry.models import Inwoner, Uitkering

from .conftest import FULL, read_csv, run_import

pytestmark = pytest.mark.django_db


def _same_files(left, right) -> list[str]:
    names = [exchange_file.name for exchange_file in FILES]
    _match, mismatch, errors = filecmp.cmpfiles(left, right, names, shallow=False)
    return mismatch + errors


def test_the_full_fixture_survives_import_and_export_byte_for_byte(accounts, tmp_path):
    report = run_import(FULL)
    assert report.rejected == 0
    export_directory(tmp_path / "export")
    assert _same_files(FULL, tmp_path / "export") == []


def test_export_import_export_is_byte_identical(accounts, tmp_path):
    run_import(FULL)
    export_directory(tmp_path / "eerste")
    run_import(tmp_path / "eerste", replace=True)
    export_directory(tmp_path / "tweede")
    assert _same_files(tmp_path / "eerste", tmp_path / "tweede") == []


@pytest.mark.parametrize("exchange_file", FILES, ids=lambda f: f.name)
def test_the_full_fixture_fills_every_column_and_uses_every_code(exchange_file):
    """The round trip above only proves something for columns that hold data."""
    rows = read_csv(FULL / exchange_file.name)
    assert rows[0] == exchange_file.column_names
    for index, column in enumerate(exchange_file.columns):
        values = {row[index] for row in rows[1:]}
        assert values - {""}, f"{exchange_file.name}: kolom {column.name} is nergens gevuld"
        if isinstance(column.kind, Code):
            assert set(column.kind.codes) <= values, f"{column.name}: niet elke code gebruikt"


def test_import_restores_the_values_not_just_the_text(accounts):
    run_import(FULL)
    inwoner = Inwoner.objects.get(external_id="I02")
    assert inwoner.achternaam == 'El "Mo" Idrissi'
    assert inwoner.werkdienstverlening_reden == "Afspraak met teamleider,\nzie dossier"
    assert inwoner.kinderen.count() == 3  # twins are two children, not a duplicate
    running = Uitkering.objects.get(external_id="U08")
    assert running.einddatum is None and running.reden_beeindiging == ""
    assert Inwoner.objects.get(external_id="I03").bsn is None
