# SPDX-License-Identifier: EUPL-1.2
"""The catalogue as data: complete definitions, effect-prestatie links, clear errors for a
broken file, the generated docs current, and the permission hook for unsuppressed figures."""

import shutil

import pytest
from django.contrib.auth.models import AnonymousUser, Permission, User

from werkspoor.indicators.access import may_see_unsuppressed
from werkspoor.indicators.catalogue import (
    CatalogueError,
    catalogue,
    definitions_dir,
    load_catalogue,
)
from werkspoor.indicators.docs import docs_path, render


def test_every_effect_indicator_links_three_prestatie_indicators_of_its_theme():
    effects = [i for i in catalogue() if i.soort == "effect"]
    assert {e.thema for e in effects} == {
        "Werk",
        "Inkomen",
        "Armoede",
        "Schuldhulpverlening",
        "Inburgering",
    }
    for effect in effects:
        linked = [catalogue().get(p) for p in effect.prestatie_indicatoren]
        assert len(linked) == 3 and all(
            p.soort == "prestatie" and p.thema == effect.thema for p in linked
        )


def test_every_definition_has_a_readable_text_and_a_source():
    for indicator in catalogue():
        assert len(indicator.definitie.split()) >= 12, indicator.id
        assert indicator.bron and indicator.sql.strip()


def test_a_broken_definition_names_file_and_field(tmp_path):
    copy = tmp_path / "indicatoren"
    shutil.copytree(definitions_dir(), copy)
    path = copy / "bijstand.instroom.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("thema: Inkomen", "thema: Sport"), encoding="utf-8"
    )
    with pytest.raises(CatalogueError, match=r"bijstand.instroom.yaml, veld 'thema': 'Sport'"):
        load_catalogue(copy)


def test_a_missing_sql_file_is_reported(tmp_path):
    copy = tmp_path / "indicatoren"
    shutil.copytree(definitions_dir(), copy)
    (copy / "scholing.plaatsingen.sql").unlink()
    with pytest.raises(CatalogueError, match="scholing.plaatsingen.sql ontbreekt"):
        load_catalogue(copy)


def test_extra_measures_on_a_share_are_refused(tmp_path):
    """A share is summed from its finest cells; an extra measure could not be."""
    copy = tmp_path / "indicatoren"
    shutil.copytree(definitions_dir(), copy)
    path = copy / "inwonerplan.dekking.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "extra_maten:\n  doelen: COUNT(*)\n", encoding="utf-8"
    )
    with pytest.raises(CatalogueError, match=r"inwonerplan.dekking.yaml, veld 'extra_maten'"):
        load_catalogue(copy)


def test_docs_indicatoren_md_is_generated_from_the_current_definitions():
    assert docs_path().read_text(encoding="utf-8") == render(), "draai: werkspoor indicatordocs"


def test_only_users_with_the_permission_may_see_unsuppressed_figures(db):
    user = User.objects.create_user("beleid", password="x" * 12)
    assert not may_see_unsuppressed(AnonymousUser())
    assert not may_see_unsuppressed(user)
    user.user_permissions.add(Permission.objects.get(codename="view_unsuppressed"))
    assert may_see_unsuppressed(User.objects.get(pk=user.pk))
