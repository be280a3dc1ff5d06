# SPDX-License-Identifier: EUPL-1.2
"""The format's declaration: the issue's files and columns, its documentation, its rules."""

from __future__ import annotations

from datetime import date

import pytest
from django.conf import settings
from django.db import models

from werkspoor.exchange.docs import render_format_doc
from werkspoor.exchange.rules import evaluate
from werkspoor.exchange.spec import FILES, FILES_BY_NAME

# The minimum the issue asks for, exactly as named there (automated checks rely on it).
ISSUE_COLUMNS = {
    "inwoners.csv": "inwoner_id geboortedatum wijk huishoudtype structurele_arbeidsbeperking "
    "inburgeraar statushouder",
    "kinderen.csv": "inwoner_id geboortedatum",
    "uitkeringen.csv": "uitkering_id inwoner_id regeling startdatum einddatum reden_beeindiging",
    "arrangementen.csv": "inwoner_id arrangement startdatum einddatum",
    "werkcoaches.csv": "werkcoach_id naam team",
    "toewijzingen.csv": "inwoner_id werkcoach_id startdatum einddatum",
    "trajecten.csv": "traject_id inwoner_id instrument startdatum einddatum resultaat loonwaarde",
    "deeltijdwerk.csv": "inwoner_id startdatum einddatum",
    "doelen.csv": "doel_id inwoner_id soort startdatum status statusdatum",
    "contactmomenten.csv": "contact_id inwoner_id werkcoach_id datum kanaal",
    "werkgevers.csv": "werkgever_id naam sector",
    "ontmoetingen.csv": "ontmoeting_id werkgever_id inwoner_id datum",
    "plaatsingen.csv": "plaatsing_id werkgever_id inwoner_id datum soort",
    "kto.csv": "respons_id datum thema cijfer",
}


@pytest.mark.parametrize("name", ISSUE_COLUMNS)
def test_the_issues_files_have_its_columns_as_required_columns(name):
    assert FILES_BY_NAME[name].required_names == ISSUE_COLUMNS[name].split()


def test_the_issues_code_lists_are_the_formats():
    codes = lambda file, column: list(FILES_BY_NAME[file].column(column).kind.codes)  # noqa: E731
    assert codes("inwoners.csv", "huishoudtype") == [
        "alleenstaande",
        "alleenstaande_ouder",
        "gehuwden",
    ]
    assert codes("uitkeringen.csv", "regeling") == ["PW", "IOAW", "IOAZ", "BBZ"]
    assert codes("uitkeringen.csv", "reden_beeindiging") == [
        "werk",
        "ander_inkomen",
        "verhuizing",
        "opleiding",
        "detentie",
        "overlijden",
        "overig",
    ]
    assert codes("trajecten.csv", "instrument") == [
        "scholing",
        "werkervaringsplek",
        "werken_met_behoud",
        "loonkostensubsidie",
        "beschut_werk",
        "jobcoaching",
        "ips",
        "talentenscan",
        "activering",
        "overig",
    ]
    assert codes("doelen.csv", "soort") == [
        "opleiding",
        "werkfit",
        "betaald_werk",
        "ondernemen",
        "maatschappelijk_fit",
    ]


@pytest.mark.parametrize("exchange_file", FILES, ids=lambda f: f.name)
def test_every_field_of_the_model_has_a_column(exchange_file):
    """So that every field survives a round trip through the format."""
    filled = {column.column.field_name for column in exchange_file.columns}
    fields = {
        f.name
        for f in exchange_file.model._meta.get_fields()
        if f.concrete and not f.auto_created and not isinstance(f, models.AutoField)
    }
    assert fields - filled == set()


def test_the_documentation_is_generated_from_the_declaration():
    path = settings.REPO_ROOT / "docs" / "uitwisselformaat.md"
    assert path.read_text(encoding="utf-8") == render_format_doc(), (
        "docs/uitwisselformaat.md is verouderd: draai 'werkspoor exchange_docs'"
    )


def test_the_documentation_describes_every_column_and_every_code():
    text = render_format_doc()
    for exchange_file in FILES:
        assert f"### {exchange_file.name}" in text
        for column in exchange_file.columns:
            assert f"| `{column.name}` |" in text
            for code in getattr(column.kind, "codes", {}):
                assert f"`{code}`" in text


@pytest.mark.parametrize("exchange_file", FILES, ids=lambda f: f.name)
def test_every_check_constraint_can_be_evaluated_in_python(exchange_file):
    """A new constraint with a lookup the importer cannot evaluate must fail here, loudly."""
    instance = exchange_file.model()
    for name in (
        "startdatum",
        "einddatum",
        "datum",
        "aanvraagdatum",
        "adviesdatum",
        "statusdatum",
        "geboortedatum",
    ):
        if hasattr(instance, name):
            setattr(instance, name, date(2020, 1, 1))
    for constraint in exchange_file.model._meta.constraints:
        if isinstance(constraint, models.CheckConstraint):
            assert evaluate(constraint.condition, instance) in (True, False, None)
