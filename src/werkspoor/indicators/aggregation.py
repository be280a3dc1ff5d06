# SPDX-License-Identifier: EUPL-1.2
"""SQL that turns an indicator's facts (one row per counted unit) into cells: the total and
every breakdown in one GROUPING SETS pass. The engine runs it in DuckDB (its error() guards
the timeline's span); the definitions themselves stay plain SQL that PostgreSQL runs too.

A cell's key (`sleutel`) is `name<US>value` pairs joined by <RS> (ASCII 31 and 30), empty
for the total; `cells.py` turns it into the `uitsplitsing` mapping."""

from __future__ import annotations

import re

from .catalogue import Indicator
from .timeline import characteristics_join_sql, span_guard_sql

PERSOON_UITSPLITSINGEN = ("wijk", "arrangement", "leeftijdsklasse", "huishoudtype")
DOELGROEPEN = (
    "jongere",
    "gezin_met_kinderen",
    "structurele_arbeidsbeperking",
    "inburgeraar_statushouder",
    "geen",
)
_PARAMETER = re.compile(r"(?<![:\w]):([a-z_]+)\b")
_SAFE_TEXT = re.compile(r"^[0-9A-Za-z_ .-]*$")


def render_parameters(sql: str, parameters: dict, source: str) -> str:
    """Replace `:name` by the literal from the definition or the municipality configuration."""

    def literal(match: re.Match) -> str:
        name = match.group(1)
        if name not in parameters:
            raise ValueError(f"{source}: onbekende parameter ':{name}' in de SQL.")
        value = parameters[name]
        if isinstance(value, int) or str(value).isdigit():
            return str(int(value))
        if not _SAFE_TEXT.match(str(value)):
            raise ValueError(f"{source}: parameter '{name}' bevat ongeldige tekens.")
        return f"'{value}'"

    return _PARAMETER.sub(literal, sql)


def _joins_timeline(indicator: Indicator) -> bool:
    return bool(set(indicator.uitsplitsingen) & set(PERSOON_UITSPLITSINGEN + ("doelgroep",)))


def _characteristics(indicator: Indicator, alias: str = "t") -> list[str]:
    """The timeline columns the indicator's breakdowns need, as select expressions."""
    wanted = set(indicator.uitsplitsingen)
    columns = [f"COALESCE({alias}.wijk, 'onbekend') AS wijk", f"{alias}.huishoudtype"]
    if "leeftijdsklasse" in wanted:
        columns.append(f"{alias}.leeftijdsklasse")
    if "doelgroep" in wanted:
        columns += [f"{alias}.{c}" for c in DOELGROEP_KOLOMMEN]
    if "arrangement" in wanted:
        columns.append(f"COALESCE({alias}.arrangement, 'geen') AS arrangement")
    return columns


def _enriched_sql(indicator: Indicator, period_only: bool = False, span=None) -> str:
    """The facts with the start of the timeline period of each person on the fact's
    peildatum (`kenmerken_van`) and, unless `period_only`, that period's characteristics."""
    if not _joins_timeline(indicator):
        return "SELECT f.* FROM feiten f"
    columns = ["t.van AS kenmerken_van"]
    if not period_only:
        columns += _characteristics(indicator)
    return (
        f"SELECT f.*, {', '.join(columns)} FROM feiten f {characteristics_join_sql()} "
        f"{span_guard_sql(span, indicator.id)}"
    )


DOELGROEP_KOLOMMEN = ("jongere", "gezin", "arbeidsbeperking", "inburgeraar_statushouder")


def _doelgroepen_sql(source: str) -> str:
    conditions = dict(zip(DOELGROEPEN, (f"v.{c}" for c in DOELGROEP_KOLOMMEN), strict=False))
    any_group = " OR ".join(f"COALESCE({c}, FALSE)" for c in conditions.values())
    conditions["geen"] = f"NOT ({any_group})"
    return " UNION ALL ".join(
        f"SELECT v.*, '{name}' AS doelgroep FROM {source} v WHERE {condition}"
        for name, condition in conditions.items()
    )


def counts_per_person(indicator: Indicator) -> bool:
    """A plain count: facts are first summed per person and group (see `_per_person_sql`)."""
    return indicator.berekening == "aantal" and not indicator.extra_maten


def _per_person_sql(indicator: Indicator) -> str:
    """One row per person, quarter, period of unchanged characteristics and dimension values,
    with `n` facts. The rows are grouped on keys alone; the characteristics are joined
    afterwards from the timeline by (person, period start), which identifies them.

    Flags that let a cell count its persons without a DISTINCT over every row:
    `gelijkvormig`: all the person's rows in the quarter share their characteristics and
    regeling, so they differ in dimension values only and the person has one row per
    dimension value; `rijen` is the number of those rows, so that where the dimensions are
    summed over each row counts as 1/rijen person (rounded per cell: exact). Other persons
    (characteristics changed within the quarter) are counted with a DISTINCT over their few
    rows (see `_grouped`)."""
    keys = ["persoon_kwartaal", "periode", "inwoner_id"]
    varying = []
    joins_timeline = _joins_timeline(indicator)
    if joins_timeline:
        varying.append("kenmerken_van")
    if indicator.heeft_regeling:
        varying.append("regeling")
    keys += varying + list(indicator.dimensies)
    key_list = ", ".join(keys)
    grouped = f"SELECT {key_list}, COUNT(*) AS n FROM verrijkt GROUP BY {key_list}"
    uniform = " AND ".join(
        [f"(COUNT({c}) = 0 OR (COUNT({c}) = COUNT(*) AND MIN({c}) = MAX({c})))" for c in varying]
        or ["TRUE"]
    )
    per_quarter = (
        f"SELECT persoon_kwartaal, COUNT(*) AS rijen, {uniform} AS gelijkvormig "
        f"FROM g GROUP BY persoon_kwartaal"
    )
    characteristics, timeline_join = "", ""
    if joins_timeline:
        characteristics = ", " + ", ".join(_characteristics(indicator, "k"))
        timeline_join = (
            "LEFT JOIN tijdlijn k ON k.inwoner_id = g.inwoner_id AND k.van = g.kenmerken_van"
        )
    return (
        f"WITH g AS ({grouped}) SELECT g.*{characteristics}, "
        f"g.inwoner_id IS NOT NULL AND q.gelijkvormig AS gelijkvormig, q.rijen FROM g "
        f"LEFT JOIN ({per_quarter}) q ON q.persoon_kwartaal = g.persoon_kwartaal {timeline_join}"
    )


def _key_sql(columns: list[str], suffix: str | None = None) -> str:
    parts = [
        f"CASE WHEN GROUPING({c}) = 0 THEN '{c}' || chr(31) || "
        f"COALESCE(CAST({c} AS VARCHAR), 'onbekend') END"
        for c in columns
    ]
    if suffix:
        parts.append(f"'statistiek' || chr(31) || '{suffix}'")
    return f"concat_ws(chr(30), {', '.join(parts)})" if parts else "''"


def _settled_persons_sql(share: str) -> str:
    """Settled persons (`gelijkvormig`) by their share of the group's rows; the others are
    added by a DISTINCT over their own rows (see `_grouped`)."""
    return f"CAST(ROUND(SUM(CASE WHEN gelijkvormig THEN {share} ELSE 0 END)) AS BIGINT)"


def _measures(indicator: Indicator, extra: str | None, one_fact_per_person: bool) -> str:
    if extra:
        personen = (
            "COUNT(*)" if indicator.berekening == "gemiddelde" else "COUNT(DISTINCT inwoner_id)"
        )
        return f"{indicator.extra_maten[extra]} AS waarde, {personen} AS personen"
    if counts_per_person(indicator) and one_fact_per_person:
        return "COUNT(*) AS waarde, COUNT(*) AS personen"
    if counts_per_person(indicator):
        # Summed over the dimensions a settled person has `rijen` rows in the group, each
        # worth 1/rijen; within one set of dimension values exactly one row.
        personen = _settled_persons_sql("1.0 / rijen")
        if indicator.dimensies:
            first_dim = next(iter(indicator.dimensies))
            in_dimension = _settled_persons_sql("1")
            personen = (
                f"CASE WHEN GROUPING({first_dim}) = 0 THEN {in_dimension} ELSE {personen} END"
            )
        return f"SUM(n) AS waarde, {personen} AS personen"
    if indicator.berekening == "aantal":
        return "COUNT(*) AS waarde, COUNT(DISTINCT inwoner_id) AS personen"
    if indicator.berekening == "aandeel":
        teller = "SUM(CASE WHEN teller THEN 1 ELSE 0 END)"
        return (
            "ROUND(AVG(CASE WHEN teller THEN 1.0 ELSE 0.0 END), 4) AS waarde, "
            f"LEAST(COUNT(*), {teller}) AS personen"
        )
    return "ROUND(AVG(score), 2) AS waarde, COUNT(*) AS personen"


def grouping_sets(
    indicator: Indicator, breakdowns: list[str], with_total: bool = True
) -> list[list[str]]:
    """The total (when `with_total`) and each breakdown, with and without the indicator's
    own dimensions (the latter only when the definition publishes a total over them)."""
    dims = list(indicator.dimensies)
    sets = []
    for breakdown in ([None] if with_total else []) + breakdowns:
        extra = [breakdown] if breakdown else []
        sets.append(["periode", *dims, *extra])
        if dims and indicator.totaal:
            sets.append(["periode", *extra])
    return sets


def _grouped(
    indicator: Indicator,
    source: str,
    breakdowns: list[str],
    where: str,
    extra: str | None,
    with_total: bool = True,
    one_fact_per_person: bool = False,
) -> str:
    sets = grouping_sets(indicator, breakdowns, with_total)
    columns = list(dict.fromkeys(c for s in sets for c in s if c != "periode"))
    sets_sql = ", ".join(f"({', '.join(s)})" for s in sets)
    head = f"SELECT '{indicator.id}' AS indicator, periode, {_key_sql(columns, extra)} AS sleutel"
    group_by = f"GROUP BY GROUPING SETS ({sets_sql})"
    cells = (
        f"{head}, {_measures(indicator, extra, one_fact_per_person)} FROM {source} {where} "
        f"{group_by}"
    )
    if not counts_per_person(indicator) or one_fact_per_person:
        return cells
    # The few persons whose characteristics changed within the quarter, counted apart: a
    # DISTINCT in the grouping sets over every row would cost more than all the rest.
    unsettled = f"{where} AND" if where else "WHERE"
    unsettled_persons = (
        f"{head}, 0 AS waarde, COUNT(DISTINCT inwoner_id) AS personen FROM {source} "
        f"{unsettled} gelijkvormig IS NOT TRUE {group_by}"
    )
    return (
        f"SELECT indicator, periode, sleutel, SUM(waarde) AS waarde, SUM(personen) AS personen "
        f"FROM ({cells} UNION ALL {unsettled_persons}) delen GROUP BY indicator, periode, sleutel"
    )


def facts_table_sql(fact_sql: str, table: str) -> str:
    """The facts with `persoon_kwartaal`, one integer per person and quarter (cheap to group)."""
    return (
        f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT f.*, "
        f"k.volgnummer * 4294967296 + f.inwoner_id AS persoon_kwartaal "
        f"FROM ({fact_sql}) f LEFT JOIN kwartalen k ON k.periode = f.periode"
    )


def uniqueness_sql(facts: str) -> str:
    """True when no person has more than one fact in a quarter (and none lacks a person)."""
    return (
        f"SELECT COALESCE(MAX(n), 1) = 1 AND COALESCE(SUM(n), 0) = "
        f"(SELECT COUNT(*) FROM {facts}) FROM (SELECT COUNT(*) AS n FROM {facts} "
        f"WHERE persoon_kwartaal IS NOT NULL GROUP BY persoon_kwartaal) per_persoon"
    )


def cells_sql(
    indicator: Indicator, fact_sql: str, one_fact_per_person: bool = False, span=None
) -> str:
    """One query giving every cell (indicator, periode, sleutel, waarde, personen).

    `one_fact_per_person` (checked with `uniqueness_sql`) lets a count take its persons
    as COUNT(*), skipping the per-person step. `span`: that of the timeline, if it has one."""
    person = [b for b in indicator.uitsplitsingen if b in PERSOON_UITSPLITSINGEN]
    pw_only = "WHERE regeling = 'PW'" if indicator.heeft_regeling else ""
    per_person = counts_per_person(indicator) and not one_fact_per_person
    ctes = [
        f"feiten AS ({fact_sql})",
        f"verrijkt AS ({_enriched_sql(indicator, per_person, span)})",
    ]
    source = "verrijkt"
    if per_person:
        ctes.append(f"per_persoon AS ({_per_person_sql(indicator)})")
        source = "per_persoon"
    if "doelgroep" in indicator.uitsplitsingen:
        ctes.append(f"doelgroepen AS ({_doelgroepen_sql(source)})")
    parts = []
    for extra in [None, *indicator.extra_maten]:
        options = {"extra": extra, "one_fact_per_person": one_fact_per_person}
        parts.append(_grouped(indicator, source, person, pw_only, **options))
        if indicator.heeft_regeling:
            parts.append(_grouped(indicator, source, ["regeling"], "", with_total=False, **options))
        if "doelgroep" in indicator.uitsplitsingen:
            parts.append(
                _grouped(
                    indicator, "doelgroepen", ["doelgroep"], pw_only, with_total=False, **options
                )
            )
    return f"WITH {', '.join(ctes)} " + " UNION ALL ".join(parts)
