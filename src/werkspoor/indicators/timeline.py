# SPDX-License-Identifier: EUPL-1.2
"""The persons' characteristics as a timeline (`tijdlijn`): for every resident, periods
[van, tot) in which wijk, huishoudtype, leeftijdsklasse, the doelgroepen (and so
werkdienstverlening Basis or Plus) and the arrangement stay the same. Built once per
engine; a fact then takes the characteristics of its peildatum with one range join instead
of evaluating ages, children and arrangements per fact.

A period starts at every day on which a characteristic can change: an arrangement period's
start or end, a birthday that crosses an age bound, a child's birth or 18th birthday.
Within a period the characteristics are those of its first day, computed with the same
expressions a direct evaluation on the peildatum would use.

With a `span` (first, last day) the timeline covers those days only: change days before it
move to its first day, later ones are left out and every resident's last period ends after
its last day. Most residents' birthdays that cross an age bound lie decades back, so this
keeps the table (and every join with it) at about half the size; a fact outside the span
stops the computation (`span_guard_sql`) rather than getting no characteristics."""

from __future__ import annotations

from datetime import date, timedelta

from werkspoor.registry.models import JONGERE_MAX_LEEFTIJD, KIND_MAX_LEEFTIJD

BEGIN_OF_TIME = "DATE '0001-01-01'"
CHARACTERISTICS = (
    "wijk",
    "huishoudtype",
    "leeftijdsklasse",
    "jongere",
    "arbeidsbeperking",
    "inburgeraar_statushouder",
    "gezin",
    "werkdienstverlening",
    "arrangement",
)


def age_sql(birth: str, day: str) -> str:
    """Completed years on `day`, as core.periods.age_on computes it."""
    return (
        f"(EXTRACT(year FROM {day}) - EXTRACT(year FROM {birth}) - CASE WHEN "
        f"EXTRACT(month FROM {day}) * 100 + EXTRACT(day FROM {day}) < "
        f"EXTRACT(month FROM {birth}) * 100 + EXTRACT(day FROM {birth}) THEN 1 ELSE 0 END)"
    )


def reaches_age_sql(birth: str, years: int | str) -> str:
    """The first day on which `age_sql(birth, day) >= years`: the birthday, or for someone
    born on 29 February, 1 March in a year without that day."""
    shifted = f"CAST({birth} + INTERVAL ({years}) YEAR AS DATE)"
    return (
        f"CASE WHEN EXTRACT(day FROM {shifted}) <> EXTRACT(day FROM {birth}) "
        f"THEN {shifted} + 1 ELSE {shifted} END"
    )


def age_class_sql(age: str, klassen: dict[str, int]) -> str:
    ordered = sorted(klassen.items(), key=lambda item: item[1], reverse=True)
    whens = " ".join(f"WHEN {age} >= {lower} THEN '{label}'" for label, lower in ordered)
    return f"CASE {whens} END"


def _change_days_sql(klassen: dict[str, int]) -> str:
    """(inwoner_id, dag, kinderen): every day a characteristic may change, with the change
    in the number of children under 18 on it (+1 at a birth, -1 at the 18th birthday)."""
    bounds = sorted({*klassen.values(), JONGERE_MAX_LEEFTIJD})
    bounds_sql = ", ".join(f"({b})" for b in bounds)
    # UNION ALL: a day that occurs twice only yields an empty period [day, day), left out below.
    return " UNION ALL ".join(
        [
            f"SELECT id AS inwoner_id, {BEGIN_OF_TIME} AS dag, 0 AS kinderen FROM inwoner",
            f"SELECT i.id, {reaches_age_sql('i.geboortedatum', 'g.jaren')}, 0 FROM inwoner i "
            f"CROSS JOIN (VALUES {bounds_sql}) g(jaren)",
            "SELECT inwoner_id, startdatum, 0 FROM arrangementperiode",
            "SELECT inwoner_id, einddatum, 0 FROM arrangementperiode",
            "SELECT inwoner_id, geboortedatum, 1 FROM kind",
            f"SELECT inwoner_id, {reaches_age_sql('geboortedatum', KIND_MAX_LEEFTIJD)}, -1 "
            f"FROM kind",
        ]
    )


def _werkdienstverlening_sql(age: str) -> str:
    """Plus for a resident in a doelgroep, else Basis, unless recorded otherwise (as
    Inwoner.werkdienstverlening_op)."""
    in_a_group = (
        f"{age} < {JONGERE_MAX_LEEFTIJD} OR p.kinderen > 0 OR i.structurele_arbeidsbeperking "
        f"OR i.inburgeraar OR i.statushouder"
    )
    return (
        f"CASE WHEN COALESCE(i.werkdienstverlening_override, '') <> '' "
        f"THEN i.werkdienstverlening_override WHEN {in_a_group} THEN 'plus' ELSE 'basis' END"
    )


def _date_sql(day: date) -> str:
    return f"DATE '{day.isoformat()}'"


def timeline_sql(klassen: dict[str, int], span: tuple[date, date] | None = None) -> str:
    """CREATE TABLE tijdlijn (inwoner_id, van, tot, wijk, huishoudtype, leeftijdsklasse,
    jongere, arbeidsbeperking, inburgeraar_statushouder, gezin, werkdienstverlening,
    arrangement, kenmerken_id) and `kenmerken` (see `profiles_sql`)."""
    age = age_sql("i.geboortedatum", "p.van")
    days = "SELECT inwoner_id, dag, kinderen FROM wissels WHERE dag IS NOT NULL"
    after_last = "NULL"
    if span is not None:
        first, last = (_date_sql(d) for d in span)
        days = (
            f"SELECT inwoner_id, GREATEST(dag, {first}) AS dag, kinderen FROM wissels "
            f"WHERE dag IS NOT NULL AND dag <= {last}"
        )
        after_last = _date_sql(span[1] + timedelta(days=1))
    # Children under 18 on a day: births minus 18th birthdays up to and including it (RANGE:
    # every change of that day counts, also in the rows that make empty periods).
    window = "PARTITION BY inwoner_id ORDER BY dag"
    return (
        f"CREATE OR REPLACE TEMP TABLE _stukken AS "
        f"WITH wissels AS ({_change_days_sql(klassen)}), "
        f"perioden AS (SELECT inwoner_id, dag AS van, "
        f"COALESCE(LEAD(dag) OVER ({window}), {after_last}) AS tot, "
        f"SUM(kinderen) OVER ({window} RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) "
        f"AS kinderen FROM ({days}) d) "
        f"SELECT p.inwoner_id, p.van, p.tot, i.wijk, i.huishoudtype, "
        f"{age_class_sql(age, klassen)} AS leeftijdsklasse, "
        f"{age} < {JONGERE_MAX_LEEFTIJD} AS jongere, "
        f"i.structurele_arbeidsbeperking AS arbeidsbeperking, "
        f"(i.inburgeraar OR i.statushouder) AS inburgeraar_statushouder, "
        f"p.kinderen > 0 AS gezin, {_werkdienstverlening_sql(age)} AS werkdienstverlening, "
        f"CAST(ap.arrangement AS VARCHAR) AS arrangement "
        f"FROM perioden p JOIN inwoner i ON i.id = p.inwoner_id "
        f"LEFT JOIN arrangementperiode ap ON ap.inwoner_id = p.inwoner_id "
        f"AND ap.startdatum <= p.van AND (ap.einddatum IS NULL OR ap.einddatum > p.van) "
        f"WHERE p.tot IS NULL OR p.tot > p.van; {profiles_sql('_stukken')}"
    )


def profiles_sql(stretches: str) -> str:
    """`kenmerken`: every combination of characteristics that occurs once, numbered
    (`kenmerken_id`); `tijdlijn`: the stretches with the number of theirs. A count sums its
    facts per number (one integer) and reads the characteristics afterwards, from this small
    table, instead of grouping every fact on the characteristics themselves."""
    columns = ", ".join(CHARACTERISTICS)
    same = " AND ".join(f"s.{c} IS NOT DISTINCT FROM k.{c}" for c in CHARACTERISTICS)
    return (
        f"CREATE OR REPLACE TABLE kenmerken AS SELECT row_number() OVER () AS kenmerken_id, d.* "
        f"FROM (SELECT DISTINCT {columns} FROM {stretches}) d; "
        f"CREATE OR REPLACE TABLE tijdlijn AS SELECT s.*, k.kenmerken_id FROM {stretches} s "
        f"JOIN kenmerken k ON {same}; DROP TABLE {stretches}"
    )


def span_guard_sql(span: tuple[date, date] | None, what: str, facts: str = "f") -> str:
    """A WHERE clause that stops the query at the first fact whose peildatum lies outside the
    timeline's span (it would silently get no characteristics); empty without a span."""
    if span is None:
        return ""
    first, last = (_date_sql(d) for d in span)
    message = (
        f"{what}: een peildatum ligt buiten de tijdlijn van de rekenkern "
        f"({span[0].isoformat()} t/m {span[1].isoformat()})"
    )
    return (
        f"WHERE {facts}.peildatum IS NULL OR {facts}.peildatum BETWEEN {first} AND {last} "
        f"OR error('{message}')"
    )


def characteristics_join_sql(alias: str = "t", facts: str = "f") -> str:
    return (
        f"LEFT JOIN tijdlijn {alias} ON {alias}.inwoner_id = {facts}.inwoner_id "
        f"AND {alias}.van <= {facts}.peildatum "
        f"AND ({alias}.tot IS NULL OR {alias}.tot > {facts}.peildatum)"
    )
