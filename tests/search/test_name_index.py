# SPDX-License-Identifier: EUPL-1.2
"""The trigram name index (registry/name_index.py) finds what a plain substring search finds,
follows every insert, rename and delete, and comes back when a schema change of the
residents' table dropped its triggers (SQLite)."""

import pytest
from django.db import connection
from django.db.models import Q
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkspoor.registry import name_index
from werkspoor.registry.models import Inwoner
from werkspoor.search.query import parse
from werkspoor.search.services import _matching

pytestmark = pytest.mark.django_db

NAMES = [("Anna", "Visser"), ("Jan", "de Vries"), ("Jannie", "Smit"), ("Émile", "Çelik")]


def _plain(parts) -> set[int]:
    residents = Inwoner.objects.all()
    for part in parts:
        residents = residents.filter(Q(voornaam__icontains=part) | Q(achternaam__icontains=part))
    return set(residents.values_list("pk", flat=True))


def _found(text: str) -> set[int]:
    return set(_matching(parse(text)).values_list("pk", flat=True))


@pytest.fixture
def residents(build):
    return [build.inwoner(voornaam=v, achternaam=a) for v, a in NAMES]


@pytest.mark.parametrize(
    "text", ["jan", "JAN", "vries", "an vis", "de vr", "mit", "xyz", "Jan Smit"]
)
def test_finds_what_a_substring_search_finds(residents, text):
    assert _found(text) == _plain(parse(text).waarde)


# The residents do not change between examples: the fixture's are reused on purpose.
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet="anjivsedrmtANJ ", min_size=3, max_size=8))
def test_any_ascii_text_gives_the_same_residents_as_a_substring_search(residents, text):
    query = parse(text)
    if query.soort == "naam":
        assert _found(text) == _plain(query.waarde)


def test_follows_renames_and_deletes(residents):
    anna = residents[0]
    anna.achternaam = "Bakker"
    anna.save()
    assert _found("visser") == set()
    assert _found("bakker") == {anna.pk}
    anna.delete()
    assert _found("bakker") == set()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the FTS5 index is SQLite's")
def test_the_sqlite_index_answers_and_comes_back_after_its_triggers_were_dropped(build, residents):
    with connection.cursor() as cursor:  # what a table rebuild by a schema change leaves
        for trigger in ("ai", "ad", "au"):
            cursor.execute(f"DROP TRIGGER {name_index.TABLE}_{trigger}")
    late = build.inwoner(voornaam="Janneke", achternaam="Mulder")
    assert late.pk not in _found("mulder")
    assert name_index.ensure() is True  # what runs after every migrate
    assert _found("mulder") == {late.pk}
    assert name_index.ensure() is False


def test_a_part_of_three_letters_or_more_reads_the_index():
    assert name_index.usable(("jan",)) and not name_index.usable(("ja",))
    assert name_index.usable(("jan", "vis"))
    # PostgreSQL tests a short part on the rows the other parts found; SQLite cannot.
    assert name_index.usable(("jan", "vi")) == (connection.vendor == "postgresql")


@pytest.mark.parametrize("text", ["x%y", "a_b", "a%_b"])
def test_like_wildcards_in_the_search_are_letters(build, text):
    build.inwoner(voornaam="Anna", achternaam="Aab")  # what an unescaped _ or % would match
    percent = build.inwoner(voornaam="Ria", achternaam=f"Van {text} Dijk")
    assert _found(text) == {percent.pk} == _plain(parse(text).waarde)


def test_a_quote_in_a_name_is_searched_as_a_letter(build):
    dirk = build.inwoner(voornaam="Dirk", achternaam="'t Hart")
    assert _found("'t hart") == {dirk.pk}
    assert _found('"hart') == set()


def test_a_bulk_load_fills_the_index_once_at_the_end(build):
    with name_index.bulk_load():
        anna = build.inwoner(voornaam="Anna", achternaam="Visser")
    bram = build.inwoner(voornaam="Bram", achternaam="Visser")  # row by row again
    assert _found("visser") == {anna.pk, bram.pk}
