# SPDX-License-Identifier: EUPL-1.2
"""The engine's fast paths give the same cells as the definitions say, worked out by hand:
counts whose persons are one fact each (COUNT(*)) and counts where a person has several
facts in a quarter (per-person step); the characteristics timeline against a direct
evaluation on the day, also over a limited span; the ADBC reader on a database whose first
rows are all NULL, and its parallel readers sharing one snapshot."""

import os
import sqlite3
from dataclasses import astuple, replace
from datetime import date, timedelta
from pathlib import Path

import adbc_driver_sqlite.dbapi
import duckdb
import pytest
from django.db import connection
from hypothesis import given, settings
from hypothesis import strategies as st

from werkspoor.core.periods import Quarter, age_on
from werkspoor.indicators.aggregation import uniqueness_sql
from werkspoor.indicators.catalogue import catalogue
from werkspoor.indicators.engine import Engine
from werkspoor.indicators.loading import bulk_reader, read_sqlite_file
from werkspoor.indicators.sqlite_reader import read_tables_in_child, start_one_snapshot
from werkspoor.indicators.timeline import characteristics_join_sql, timeline_sql
from werkspoor.registry.models import JONGERE_MAX_LEEFTIJD, KIND_MAX_LEEFTIJD, Uitkering

Q4 = "2020Q4"


def _cells(indicator):
    engine = Engine()
    try:
        cells = engine.compute(Quarter(2020, 4), Quarter(2020, 4), [indicator])
    finally:
        engine.close()
    return {tuple(sorted(c.uitsplitsing.items())): (c.waarde, c.personen) for c in cells}


@pytest.mark.django_db
def test_a_person_with_two_benefits_starting_in_one_quarter_is_two_facts_and_one_person(build):
    twice = build.inwoner(date(1990, 1, 1), "Zuid")
    build.uitkering(twice, date(2020, 10, 1), date(2020, 11, 1))
    build.uitkering(twice, date(2020, 12, 1))
    once = build.inwoner(date(1990, 1, 1), "Zuid")
    build.uitkering(once, date(2020, 10, 5))
    cells = _cells("bijstand.instroom")
    assert cells[()] == (3, 2)
    assert cells[(("wijk", "Zuid"),)] == (3, 2)
    assert cells[(("regeling", "PW"),)] == (3, 2)


@pytest.mark.django_db
def test_one_fact_per_person_counts_each_person_once(build):
    for wijk in ("Zuid", "Zuid", "Oost"):
        build.uitkering(build.inwoner(date(1990, 1, 1), wijk), date(2019, 1, 1))
    cells = _cells("bijstand.bestand")
    assert cells[()] == (3, 3)
    assert cells[(("wijk", "Zuid"),)] == (2, 2)


@pytest.mark.django_db
def test_contacts_of_one_person_across_channels_and_an_arrangement_change(build):
    """Three contacts in 2020Q4, two by phone; arrangement 2 until 11-15, then 3."""
    person = build.inwoner(date(1990, 1, 1), "West")
    build.uitkering(person, date(2020, 1, 1))
    build.arrangement(person, 2, date(2020, 1, 1), date(2020, 11, 15))
    build.arrangement(person, 3, date(2020, 11, 15))
    build.contact(person, date(2020, 10, 1), "telefonisch")
    build.contact(person, date(2020, 12, 1), "telefonisch")
    build.contact(person, date(2020, 12, 2), "mail")
    cells = _cells("contact.momenten")
    assert cells[()] == (3, 1)
    assert cells[(("kanaal", "telefonisch"),)] == (2, 1)
    assert cells[(("kanaal", "mail"),)] == (1, 1)
    assert cells[(("arrangement", "2"),)] == (1, 1)
    assert cells[(("arrangement", "3"),)] == (2, 1)
    assert cells[(("arrangement", "3"), ("kanaal", "telefonisch"))] == (1, 1)
    assert cells[(("wijk", "West"),)] == (3, 1)


def _timeline_db(birth, children, arrangements):
    db = duckdb.connect(":memory:")
    db.execute(
        "CREATE TABLE inwoner AS SELECT 1::BIGINT AS id, ?::DATE AS geboortedatum, "
        "'Zuid' AS wijk, 'alleenstaande' AS huishoudtype, FALSE AS structurele_arbeidsbeperking, "
        "FALSE AS inburgeraar, FALSE AS statushouder, '' AS werkdienstverlening_override",
        [birth],
    )
    db.execute("CREATE TABLE kind (inwoner_id BIGINT, geboortedatum DATE)")
    for child in children:
        db.execute("INSERT INTO kind VALUES (1, ?)", [child])
    db.execute(
        "CREATE TABLE arrangementperiode (inwoner_id BIGINT, arrangement BIGINT, "
        "startdatum DATE, einddatum DATE)"
    )
    db.executemany("INSERT INTO arrangementperiode VALUES (1, ?, ?, ?)", arrangements)
    klassen = catalogue().uitsplitsingen["leeftijdsklasse"]["klassen"]
    db.execute(timeline_sql(klassen))
    return db, klassen


def _expected_class(age, klassen):
    fitting = [(lower, label) for label, lower in klassen.items() if age >= lower]
    return max(fitting)[1] if fitting else None


days = st.dates(date(1990, 1, 1), date(2030, 12, 31))
births = st.one_of(st.dates(date(1940, 1, 1), date(2010, 12, 31)), st.just(date(1996, 2, 29)))


@settings(max_examples=60, deadline=None)
@given(
    birth=births,
    children=st.lists(st.one_of(days, st.just(date(2004, 2, 29))), max_size=3),
    start=days,
    length=st.integers(1, 3000),
    asked=st.lists(days, min_size=1, max_size=20),
)
def test_the_timeline_gives_the_characteristics_of_the_day_itself(
    birth, children, start, length, asked
):
    end = start + timedelta(days=length)
    db, klassen = _timeline_db(birth, children, [(3, start, end)])
    db.execute("CREATE TABLE feiten (inwoner_id BIGINT, peildatum DATE)")
    db.executemany("INSERT INTO feiten VALUES (1, ?)", [[d] for d in asked])
    rows = db.execute(
        "SELECT f.peildatum, t.leeftijdsklasse, t.jongere, t.gezin, t.arrangement, "
        f"t.werkdienstverlening FROM feiten f {characteristics_join_sql()}"
    ).fetchall()
    assert len(rows) == len(asked)
    for day, klasse, jongere, gezin, arrangement, werkdienstverlening in rows:
        age = age_on(birth, day)
        assert klasse == _expected_class(age, klassen), (birth, day)
        assert jongere == (age < JONGERE_MAX_LEEFTIJD), (birth, day)
        assert gezin == any(c <= day and age_on(c, day) < KIND_MAX_LEEFTIJD for c in children)
        assert werkdienstverlening == ("plus" if jongere or gezin else "basis"), (birth, day)
        assert arrangement == ("3" if start <= day < end else None), day


def test_the_adbc_reader_keeps_dates_that_follow_a_long_run_of_nulls(tmp_path):
    """ADBC's SQLite driver types a column by its first rows; a running benefit has no
    einddatum, so a registry may start with thousands of NULLs."""
    path = tmp_path / "register.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(
            f"CREATE TABLE {Uitkering._meta.db_table} (id INTEGER, inwoner_id INTEGER, "
            "regeling TEXT, startdatum TEXT, einddatum TEXT, reden_beeindiging TEXT)"
        )
        rows = [(i, i, "PW", "2020-01-01", None, "") for i in range(5000)]
        rows.append((5000, 5000, "PW", "2020-01-01", "2021-03-01", "werk"))
        db.executemany(f"INSERT INTO {Uitkering._meta.db_table} VALUES (?,?,?,?,?,?)", rows)
    table = read_sqlite_file(str(path), ["uitkering"])["uitkering"]
    einddatum = table.column("einddatum").to_pylist()
    assert einddatum[:5000] == [None] * 5000
    assert einddatum[5000] == date(2021, 3, 1)
    assert table.column("startdatum").to_pylist()[0] == date(2020, 1, 1)


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_the_engine_reads_the_committed_registry(build):
    """Outside a transaction the bulk reader (ADBC) is used on a database file or on
    PostgreSQL; in-memory SQLite falls back to Django's connection. Same figures either way."""
    build.uitkering(build.inwoner(date(1990, 1, 1), "Zuid"), date(2019, 1, 1))
    build.uitkering(build.inwoner(date(1990, 1, 1), "Oost"), date(2019, 1, 1), date(2020, 11, 1))
    expected = (
        None
        if connection.vendor == "sqlite" and connection.is_in_memory_db()
        else connection.vendor
    )
    assert bulk_reader() == expected
    cells = _cells("bijstand.bestand")
    assert cells[()] == (1, 1)
    assert cells[(("wijk", "Zuid"),)] == (1, 1)


SPAN = (date(2015, 1, 1), date(2026, 12, 31))


@settings(max_examples=60, deadline=None)
@given(
    birth=births,
    children=st.lists(st.one_of(days, st.just(date(2004, 2, 29))), max_size=3),
    start=days,
    length=st.integers(1, 3000),
    asked=st.lists(st.dates(*SPAN), min_size=1, max_size=20),
)
def test_a_timeline_over_a_span_gives_the_same_characteristics_inside_it(
    birth, children, start, length, asked
):
    """Change days before the span move to its first day, later ones are left out."""
    end = start + timedelta(days=length)
    full, _ = _timeline_db(birth, children, [(3, start, end)])
    spanned, klassen = _timeline_db(birth, children, [(3, start, end)])
    spanned.execute(timeline_sql(klassen, SPAN))
    query = (
        "SELECT f.peildatum, t.wijk, t.leeftijdsklasse, t.jongere, t.gezin, t.arrangement "
        f"FROM feiten f {characteristics_join_sql()} ORDER BY f.peildatum"
    )
    for db in (full, spanned):
        db.execute("CREATE TABLE feiten (inwoner_id BIGINT, peildatum DATE)")
        db.executemany("INSERT INTO feiten VALUES (1, ?)", [[d] for d in asked])
    assert spanned.execute(query).fetchall() == full.execute(query).fetchall()
    assert spanned.execute("SELECT MIN(van), MAX(tot) FROM tijdlijn").fetchone() == (
        SPAN[0],
        SPAN[1] + timedelta(days=1),
    )


@pytest.mark.django_db
def test_a_fact_outside_the_timeline_span_stops_the_computation(build):
    """A definition whose peildatum lies far outside its quarter would get no
    characteristics; the engine refuses rather than report it as 'onbekend'."""
    person = build.inwoner(date(1990, 1, 1), "Zuid")
    build.uitkering(person, date(2020, 10, 5))
    full = catalogue()
    indicator = full.get("bijstand.instroom")
    far_away = indicator.sql.replace("u.startdatum AS peildatum", "DATE '1990-01-01' AS peildatum")
    assert far_away != indicator.sql
    engine = Engine(replace(full, indicators=(replace(indicator, sql=far_away),)))
    try:
        with pytest.raises(duckdb.Error, match="peildatum ligt buiten de tijdlijn"):
            engine.compute(Quarter(2020, 4), Quarter(2020, 4))
    finally:
        engine.close()


@pytest.mark.django_db
def test_a_quarter_alone_gives_the_cells_it_gets_in_a_longer_range(kleine_stad):
    """Quarters before `van` are computed only for the indicators that derived ones read
    (growth, baseline); the figures of a quarter do not depend on the range asked."""
    engine = Engine()
    try:
        wide = engine.compute(Quarter(2019, 1), Quarter(2021, 4))
        alone = engine.compute(Quarter(2020, 4), Quarter(2020, 4))
    finally:
        engine.close()
    in_2020q4 = sorted(astuple(c) for c in wide if c.periode == "2020Q4")
    assert sorted(astuple(c) for c in alone) == in_2020q4
    assert any(c.indicator == "bijstand.groei_jaar" and c.waarde is not None for c in alone)


def test_sqlite_readers_share_one_snapshot(tmp_path):
    """All parallel readers start their read transaction before any later commit: a row
    written afterwards is seen by none of them. (ADBC connections only: ADBC's copy of
    SQLite must not share a process with Python's sqlite3 on one file.)"""
    path = str(tmp_path / "register.sqlite3")
    with adbc_driver_sqlite.dbapi.connect(path, autocommit=True) as writer:
        for statement in (
            "PRAGMA journal_mode=WAL",
            "CREATE TABLE t (x INTEGER)",
            "INSERT INTO t VALUES (1)",
        ):
            with writer.cursor() as cursor:
                cursor.execute(statement)
        readers = [adbc_driver_sqlite.dbapi.connect(path) for _ in range(2)]
        try:
            start_one_snapshot(path, readers)
            with writer.cursor() as cursor:
                cursor.execute("INSERT INTO t VALUES (2)")
            for reader in readers:
                with reader.cursor() as cursor:
                    cursor.execute("SELECT COUNT(*) FROM t")
                    assert cursor.fetchall() == [(1,)]
        finally:
            for reader in readers:
                reader.close()


def _commit_rows(db, count: int) -> None:
    db.execute("BEGIN")
    db.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(count)])
    db.execute("COMMIT")


def test_reading_a_sqlite_file_loses_none_of_the_commits_of_this_process(tmp_path):
    """The engine reads a SQLite file while this process's sqlite3 connection (Django's)
    keeps writing to it in WAL mode. ADBC's own copy of SQLite in this process used to
    reset the shared WAL index and delete the WAL at close: the next write died with
    SIGBUS or 'disk I/O error', and rows committed after the read were lost."""
    path = tmp_path / "register.sqlite3"
    django_like = sqlite3.connect(path, isolation_level=None)
    django_like.execute("PRAGMA journal_mode=WAL")
    django_like.execute("PRAGMA wal_autocheckpoint=0")
    django_like.execute("CREATE TABLE t (x INTEGER)")
    _commit_rows(django_like, 20_000)
    tables = read_tables_in_child(str(path), {"t": "SELECT COUNT(*) AS n FROM t"}, 2)
    assert tables["t"].column("n").to_pylist() == [20_000]
    _commit_rows(django_like, 20_000)
    other = sqlite3.connect(path)
    assert other.execute("SELECT COUNT(*) FROM t").fetchone() == (40_000,)
    assert other.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    other.close()
    django_like.close()


def test_a_failing_child_reader_names_the_database(tmp_path):
    missing = tmp_path / "nergens" / "register.sqlite3"
    with pytest.raises(RuntimeError, match="kon niet worden gelezen uit .*register.sqlite3"):
        read_tables_in_child(str(missing), {"t": "SELECT 1"}, 1)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.none(), st.integers(0, 30)), max_size=40), st.integers(1, 10))
def test_uniqueness_check_over_all_facts_and_over_a_sample(keys, sample_rows):
    """Unique means no repeated person-period and none missing; a repeat (or a missing one)
    in the sample is final, while a clean sample says nothing about the rest unless it held
    every fact."""
    db = duckdb.connect()
    db.execute("CREATE TABLE f (persoon_periode BIGINT)")
    if keys:
        db.executemany("INSERT INTO f VALUES (?)", [[k] for k in keys])
    unique, final = db.execute(uniqueness_sql("f")).fetchone()
    assert unique == (None not in keys and len(set(keys)) == len(keys)) and final
    in_sample, final = db.execute(uniqueness_sql("f", sample_rows)).fetchone()
    if not in_sample:
        assert not unique
    assert final == (len(keys) < sample_rows)
    if final:  # the sample held every fact
        assert in_sample == unique


def test_block_memory_is_a_quarter_of_physical_memory_and_optional(monkeypatch):
    from werkspoor.indicators import engine

    setting = engine._block_memory_config()["block_allocator_memory"]
    physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    assert setting == f"{int(physical * engine.BLOCK_MEMORY_FRACTION)}B"
    duckdb.connect(":memory:", config={"block_allocator_memory": setting}).close()
    monkeypatch.delattr(engine.os, "sysconf")
    assert engine._block_memory_config() == {}


def test_only_the_child_reader_loads_the_adbc_sqlite_driver():
    """Its copy of SQLite next to Python's in one process corrupts a WAL database."""
    package = Path(__file__).resolve().parents[2] / "src" / "werkspoor"
    users = sorted(
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if "adbc_driver_sqlite" in path.read_text(encoding="utf-8")
    )
    assert users == ["indicators/sqlite_reader.py"]
