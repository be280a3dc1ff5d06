# SPDX-License-Identifier: EUPL-1.2
"""SQL that turns an indicator's facts (one row per counted unit) into cells: the total and
every breakdown (its grouping sets) in one GROUP BY. Counts and shares first go into a cube
(`kubus`): their finest cells with measures that add up, a few hundred thousand rows where
the facts are millions; the grouping sets then sum those. The engine runs it in DuckDB (its error()
guards the timeline's span); the definitions themselves stay plain SQL that PostgreSQL runs.

A cell's key (`sleutel`) is `name<US>value` pairs joined by <RS> (ASCII 31 and 30), empty
for the total; `cells.py` turns it into the `uitsplitsing` mapping."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .catalogue import Indicator
from .timeline import characteristics_join_sql, span_guard_sql

PERSOON_UITSPLITSINGEN = (
    "wijk",
    "arrangement",
    "werkdienstverlening",
    "leeftijdsklasse",
    "huishoudtype",
)
DOELGROEPEN = (
    "jongere",
    "gezin_met_kinderen",
    "structurele_arbeidsbeperking",
    "inburgeraar_statushouder",
    "geen",
)
DOELGROEP_KOLOMMEN = ("jongere", "gezin", "arbeidsbeperking", "inburgeraar_statushouder")
_PARAMETER = re.compile(r"(?<![:\w]):([a-z_]+)\b")
_SAFE_TEXT = re.compile(r"^[0-9A-Za-z_ .-]*$")
UNIT, RECORD = chr(31), chr(30)  # the separators of a cell's key (see cells.py)
DIMS_KEPT = "dimensies_behouden"
# The columns `_grouped` spreads a row over its grouping sets with: the set's number, the
# value of its breakdown and of each dimension it keeps (as in the key: text, 'onbekend').
_SET_NUMBER, _BREAKDOWN_VALUE, _DIM_VALUE = "_groep", "_uitsplitsing", "_dimensie{}"


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


def joins_timeline(indicator: Indicator) -> bool:
    return bool(set(indicator.uitsplitsingen) & set(PERSOON_UITSPLITSINGEN + ("doelgroep",)))


def _characteristics(indicator: Indicator, alias: str = "t") -> dict[str, str]:
    """The timeline columns the indicator's breakdowns need: name -> select expression."""
    wanted = set(indicator.uitsplitsingen)
    columns = {
        "wijk": f"COALESCE({alias}.wijk, 'onbekend')",
        "huishoudtype": f"{alias}.huishoudtype",
    }
    if "leeftijdsklasse" in wanted:
        columns["leeftijdsklasse"] = f"{alias}.leeftijdsklasse"
    if "doelgroep" in wanted:
        columns |= {c: f"{alias}.{c}" for c in DOELGROEP_KOLOMMEN}
    if "arrangement" in wanted:
        columns["arrangement"] = f"COALESCE({alias}.arrangement, 'geen')"
    if "werkdienstverlening" in wanted:
        columns["werkdienstverlening"] = f"{alias}.werkdienstverlening"
    return columns


def _select_list(columns: dict[str, str]) -> str:
    return ", ".join(f"{expression} AS {name}" for name, expression in columns.items())


def _enriched_sql(indicator: Indicator, numbered: bool = False, span=None) -> str:
    """The facts with the start of the timeline period of each person on the fact's
    peildatum (`kenmerken_van`) and that period's characteristics: if `numbered`, their
    number alone (`kenmerken_id`, see timeline.profiles_sql)."""
    if not joins_timeline(indicator):
        return "SELECT f.* FROM feiten f"
    columns = {"kenmerken_van": "t.van"}
    columns |= {"kenmerken_id": "t.kenmerken_id"} if numbered else _characteristics(indicator)
    return (
        f"SELECT f.*, {_select_list(columns)} FROM feiten f {characteristics_join_sql()} "
        f"{span_guard_sql(span, indicator.id)}"
    )


def _doelgroep_conditions() -> dict[str, str]:
    """Per doelgroep the condition on a row's characteristics; `geen`: in none of them."""
    conditions = dict(zip(DOELGROEPEN, DOELGROEP_KOLOMMEN, strict=False))
    any_group = " OR ".join(f"COALESCE({c}, FALSE)" for c in conditions.values())
    conditions["geen"] = f"NOT ({any_group})"
    return conditions


def counts_per_person(indicator: Indicator) -> bool:
    """A plain count: facts are first summed per person and group (see `_per_person_sql`)."""
    return (
        indicator.berekening == "aantal"
        and not indicator.extra_maten
        and not indicator.unieke
        and not indicator.losse_dimensies
    )


def _per_person_sql(indicator: Indicator) -> str:
    """One row per person, period, stretch of unchanged characteristics and dimension values,
    with `n` facts. The rows are grouped on keys alone; the characteristics are read after
    the cube (`_with_characteristics_sql`) by their number.

    Flags that let a cell count its persons without a DISTINCT over every row:
    `gelijkvormig`: all the person's rows in the period share their characteristics and
    regeling, so they differ in dimension values only and the person has one row per
    dimension value; `rijen` is the number of those rows, so that where the dimensions are
    summed over each row counts as 1/rijen person (rounded per cell: exact). Other persons
    (characteristics changed within the period) are counted with a DISTINCT over their few
    rows (see `_cube_measures`)."""
    keys = ["persoon_periode", "periode", "inwoner_id"]
    varying = []
    with_timeline = joins_timeline(indicator)
    if with_timeline:
        varying.append("kenmerken_van")
    if indicator.heeft_regeling:
        varying.append("regeling")
    keys += varying + (["kenmerken_id"] if with_timeline else []) + list(indicator.dimensies)
    key_list = ", ".join(keys)
    grouped = f"SELECT {key_list}, COUNT(*) AS n FROM verrijkt GROUP BY {key_list}"
    uniform = " AND ".join(
        [f"(COUNT({c}) = 0 OR (COUNT({c}) = COUNT(*) AND MIN({c}) = MAX({c})))" for c in varying]
        or ["TRUE"]
    )
    per_period = (
        f"SELECT persoon_periode, COUNT(*) AS rijen, {uniform} AS gelijkvormig "
        f"FROM g GROUP BY persoon_periode"
    )
    return (
        f"WITH g AS ({grouped}) SELECT g.*, "
        f"g.inwoner_id IS NOT NULL AND q.gelijkvormig AS gelijkvormig, q.rijen FROM g "
        f"LEFT JOIN ({per_period}) q ON q.persoon_periode = g.persoon_periode"
    )


def _with_characteristics_sql(indicator: Indicator, source: str) -> str:
    """The rows of `source` with the characteristics their `kenmerken_id` stands for."""
    columns = _select_list(_characteristics(indicator, "k"))
    return (
        f"SELECT s.*, {columns} FROM {source} s "
        f"LEFT JOIN kenmerken k ON k.kenmerken_id = s.kenmerken_id"
    )


def _text(value: str) -> str:
    """A SQL text literal; the key separators as chr() (ASCII 31 and 30)."""
    return (
        " || ".join(
            "chr(31)" if part == UNIT else "chr(30)" if part == RECORD else f"'{part}'"
            for part in re.split(f"({UNIT}|{RECORD})", value)
            if part
        )
        or "''"
    )


def _key_sql(columns: list[str], values: dict[str, str], suffix: str | None = None) -> str:
    """The key of a cell grouped on `columns` (in this order); `values`: a column's value as
    SQL where it is not the column itself (a doelgroep's name)."""
    parts = [
        f"{_text(c + UNIT)} || " + (values.get(c) or f"COALESCE(CAST({c} AS VARCHAR), 'onbekend')")
        for c in columns
    ]
    if suffix:
        parts.append(_text(f"statistiek{UNIT}{suffix}"))
    return f"concat_ws(chr(30), {', '.join(parts)})" if parts else "''"


def _cube_keys(indicator: Indicator, per_person: bool) -> list[str]:
    """The columns of the finest cell: period, dimensions, regeling and the number of the
    characteristics; for persons not settled in their period also the person (see
    `_per_person_sql`)."""
    keys = ["periode", *indicator.dimensies]
    if indicator.heeft_regeling:
        keys.append("regeling")
    if joins_timeline(indicator):
        keys.append("kenmerken_id")
    if per_person:
        keys.append("CASE WHEN gelijkvormig THEN NULL ELSE inwoner_id END AS ongelijk_id")
    return keys


def _cubed(indicator: Indicator) -> bool:
    """Whether the indicator's measures add up, so that its facts go into a cube first."""
    return indicator.berekening == "aandeel" or counts_per_person(indicator)


def cube_sql(indicator: Indicator, source: str, per_person: bool) -> str | None:
    """The facts (or per-person rows) summed into their finest cells, with measures that
    add up: every cell of the indicator is then a sum over this small table. None where a
    measure does not add up (distinct counts, means, extra measures)."""
    if not _cubed(indicator):
        return None
    if per_person:
        # A settled person's rows in a cell: `een` counts them where the dimensions are
        # kept (one row per dimension value), `deel` adds 1/rijen each where they are summed.
        measures = (
            "SUM(n) AS n, SUM(CASE WHEN gelijkvormig THEN 1 ELSE 0 END) AS een, "
            "SUM(CASE WHEN gelijkvormig THEN 1.0 / rijen ELSE 0 END) AS deel"
        )
    elif indicator.berekening == "aandeel":
        measures = "COUNT(*) AS n, SUM(CASE WHEN teller THEN 1 ELSE 0 END) AS teller"
    else:
        measures = "COUNT(*) AS n"
    keys = ", ".join(_cube_keys(indicator, per_person))
    return f"SELECT {keys}, {measures} FROM {source} GROUP BY ALL"


def _cube_measures(indicator: Indicator, per_person: bool) -> str:
    if indicator.berekening == "aandeel":
        # A share rests on the smaller of numerator and denominator; "none of them" rests on
        # the denominator (zero persons are published, see disclosure.py).
        return (
            "ROUND(CAST(SUM(teller) AS DOUBLE) / SUM(n), 4) AS waarde, "
            "CASE WHEN SUM(teller) = 0 THEN SUM(n) ELSE LEAST(SUM(n), SUM(teller)) END "
            "AS personen"
        )
    if not per_person:
        return "SUM(n) AS waarde, SUM(n) AS personen"
    settled = "CAST(ROUND(SUM(deel)) AS BIGINT)"
    if indicator.dimensies:
        settled = f"CASE WHEN {DIMS_KEPT} THEN SUM(een) ELSE CAST(ROUND(SUM(deel)) AS BIGINT) END"
    # Persons whose characteristics changed within the period kept their id in the cube.
    return f"SUM(n) AS waarde, {settled} + COUNT(DISTINCT ongelijk_id) AS personen"


def _measures(indicator: Indicator, extra: str | None) -> str:
    """Measures over the facts themselves, for indicators without a cube."""
    if extra:
        personen = (
            "COUNT(*)" if indicator.berekening == "gemiddelde" else "COUNT(DISTINCT inwoner_id)"
        )
        return f"{indicator.extra_maten[extra]} AS waarde, {personen} AS personen"
    if indicator.unieke:
        distinct = f"COUNT(DISTINCT {indicator.unieke})"
        return f"{distinct} AS waarde, COUNT(DISTINCT inwoner_id) AS personen"
    if indicator.berekening == "aantal":
        return "COUNT(*) AS waarde, COUNT(DISTINCT inwoner_id) AS personen"
    if indicator.berekening == "mediaan":  # an even count: the mean of the two middle values
        return (
            "percentile_cont(0.5) WITHIN GROUP (ORDER BY score) AS waarde, "
            "COUNT(DISTINCT inwoner_id) AS personen"
        )
    if indicator.berekening == "som":  # euros summed over the persons they were paid to
        return "ROUND(SUM(bedrag), 2) AS waarde, COUNT(DISTINCT inwoner_id) AS personen"
    return "ROUND(AVG(score), 2) AS waarde, COUNT(*) AS personen"


def grouping_sets(
    indicator: Indicator, breakdowns: list[str], with_total: bool = True
) -> list[list[str]]:
    """The total (when `with_total`) and each breakdown, with and without the indicator's
    own dimensions (the latter only when the definition publishes a total over them); with
    `losse_dimensies` each dimension on its own instead of their combinations."""
    dims = list(indicator.dimensies)
    dim_groups = [[d] for d in dims] if indicator.losse_dimensies else ([dims] if dims else [])
    sets = []
    for breakdown in ([None] if with_total else []) + breakdowns:
        extra = [breakdown] if breakdown else []
        sets += [["periode", *group, *extra] for group in dim_groups]
        if not dim_groups or indicator.totaal:
            sets.append(["periode", *extra])
    return sets


@dataclass(frozen=True)
class _Set:
    """A grouping set as `_grouped` spreads the rows over it: the condition a row must meet
    (None: every row), whether it keeps the indicator's dimensions, the dimensions and the
    breakdown column it groups on, and its key as SQL over the grouped values."""

    condition: str | None
    kept: bool
    dims: tuple[str, ...]
    breakdown: str | None
    key: str


def _elements(
    indicator: Indicator,
    breakdowns: list[str],
    condition: str | None,
    with_total: bool = True,
    extra: str | None = None,
) -> list[_Set]:
    """The grouping sets of the breakdowns; a row belongs to a set where `condition` holds
    (and, for a doelgroep, the doelgroep's own)."""
    sets = grouping_sets(indicator, breakdowns, with_total)
    columns = list(dict.fromkeys(c for s in sets for c in s if c != "periode"))
    dims = list(indicator.dimensies)
    elements = []
    for grouping_set in sets:
        own = [c for c in columns if c in grouping_set]
        own_dims = tuple(c for c in own if c in dims)
        values = {d: _DIM_VALUE.format(dims.index(d)) for d in own_dims}
        groups = {None: None}
        if "doelgroep" in breakdowns and "doelgroep" in own:  # not a dimension of that name
            groups = _doelgroep_conditions()
        breakdown = next((c for c in own if c not in dims and groups == {None: None}), None)
        if breakdown:
            values[breakdown] = _BREAKDOWN_VALUE
        for name, group_condition in groups.items():
            key = _key_sql(own, values | ({"doelgroep": _text(name)} if name else {}), extra)
            where = " AND ".join(c for c in (condition, group_condition) if c) or None
            elements.append(_Set(where, bool(own_dims), own_dims, breakdown, key))
    return elements


def _as_key_text(column: str) -> str:
    return f"COALESCE(CAST({column} AS VARCHAR), 'onbekend')"


def _grouped(indicator: Indicator, source: str, sets: list[_Set], measures: str) -> str:
    """Every grouping set in one GROUP BY: each row of the source once per set it belongs
    to (UNNEST), with the set's number and the values it groups on; the keys are made from
    those after grouping, once per cell instead of once per row and set. One hash table
    instead of one per set and per part: at city size a query's cost is mostly such fixed
    costs, not rows."""
    dims = list(indicator.dimensies)
    spread = {
        _SET_NUMBER: [
            f"CASE WHEN {s.condition} THEN {i} END" if s.condition else str(i)
            for i, s in enumerate(sets)
        ],
        DIMS_KEPT: ["TRUE" if s.kept else "FALSE" for s in sets],
        _BREAKDOWN_VALUE: [_as_key_text(s.breakdown) if s.breakdown else "NULL" for s in sets],
    }
    for i, dim in enumerate(dims):
        spread[_DIM_VALUE.format(i)] = [
            _as_key_text(dim) if dim in s.dims else "NULL" for s in sets
        ]
    unnest = ", ".join(f"UNNEST([{', '.join(items)}]) AS {name}" for name, items in spread.items())
    grouped = ", ".join(spread)
    keys = " ".join(f"WHEN {i} THEN {s.key}" for i, s in enumerate(sets))
    return (
        f"SELECT '{indicator.id}' AS indicator, periode, CASE {_SET_NUMBER} {keys} END AS sleutel, "
        f"waarde, personen FROM (SELECT periode, {grouped}, {measures} FROM "
        f"(SELECT *, {unnest} FROM {source}) r WHERE {_SET_NUMBER} IS NOT NULL "
        f"GROUP BY periode, {grouped}) g"
    )


def facts_table_sql(fact_sql: str, table: str) -> str:
    """The facts with `persoon_periode`, one integer per person and period (cheap to group)."""
    return (
        f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT f.*, "
        f"k.volgnummer * 4294967296 + f.inwoner_id AS persoon_periode "
        f"FROM ({fact_sql}) f LEFT JOIN perioden k ON k.periode = f.periode"
    )


# Where facts repeat persons they mostly do so throughout, and a repeat in the first rows is
# final (contacts at national size: some 92.000 in the first million), sparing the full check.
UNIQUENESS_SAMPLE_ROWS = 1_000_000


def uniqueness_sql(facts: str, sample_rows: int | None = None) -> str:
    """(unique, final): unique is True when no person has more than one fact in a period and
    none lacks a person (COUNT DISTINCT leaves NULL out); over the first `sample_rows` facts
    only, if given. False there is final, and so is True when the sample held every fact
    (fewer rows than asked); otherwise True must be confirmed over all."""
    if not sample_rows:
        return f"SELECT COUNT(*) = COUNT(DISTINCT persoon_periode), TRUE FROM {facts} feiten"
    return (
        f"SELECT COUNT(*) = COUNT(DISTINCT persoon_periode), COUNT(*) < {int(sample_rows)} "
        f"FROM (SELECT persoon_periode FROM {facts} LIMIT {int(sample_rows)}) feiten"
    )


def cells_sql(
    indicator: Indicator, fact_sql: str, one_fact_per_person: bool = False, span=None
) -> str:
    """One query giving every cell (indicator, periode, sleutel, waarde, personen).

    `one_fact_per_person` (checked with `uniqueness_sql`) lets a count take its persons
    as its facts, skipping the per-person step. `span`: that of the timeline, if it has one.
    Counts and shares are first summed into their finest cells (`cube_sql`); the grouping
    sets then run over that small table instead of over every fact."""
    person = [b for b in indicator.uitsplitsingen if b in PERSOON_UITSPLITSINGEN]
    pw_only = "regeling = 'PW'" if indicator.heeft_regeling else None
    per_person = counts_per_person(indicator) and not one_fact_per_person
    # The per-person step counts a person once where the dimensions are all kept or all
    # summed; dimensions apart need neither, so their persons are counted distinct.
    distinct_persons = per_person and indicator.losse_dimensies
    per_person = per_person and not distinct_persons
    cubed = _cubed(indicator) and not distinct_persons
    ctes = [
        f"feiten AS MATERIALIZED ({fact_sql})",
        f"verrijkt AS ({_enriched_sql(indicator, cubed, span)})",
    ]
    source = "verrijkt"
    if per_person:
        ctes.append(f"per_persoon AS ({_per_person_sql(indicator)})")
        source = "per_persoon"
    cube = cube_sql(indicator, source, per_person) if cubed else None
    if cube:
        ctes.append(f"kubus AS ({cube})")
        source = "kubus"
        if joins_timeline(indicator):
            ctes.append(f"kubus_kenmerken AS ({_with_characteristics_sql(indicator, source)})")
            source = "kubus_kenmerken"
    parts = []
    for extra in [None] if cube else [None, *indicator.extra_maten]:
        measures = _cube_measures(indicator, per_person) if cube else _measures(indicator, extra)
        elements = _elements(indicator, person, pw_only, extra=extra)
        if indicator.heeft_regeling:
            elements += _elements(indicator, ["regeling"], None, False, extra)
        if "doelgroep" in indicator.uitsplitsingen:
            elements += _elements(indicator, ["doelgroep"], pw_only, False, extra)
        parts.append(_grouped(indicator, source, elements, measures))
    return f"WITH {', '.join(ctes)} " + " UNION ALL ".join(parts)
