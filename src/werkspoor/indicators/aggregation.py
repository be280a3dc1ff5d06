# SPDX-License-Identifier: EUPL-1.2
"""SQL that turns an indicator's facts (one row per counted unit) into cells: the total and
every breakdown in one GROUPING SETS pass. Plain SQL that PostgreSQL runs as well.

A cell's key (`sleutel`) is `name<US>value` pairs joined by <RS> (ASCII 31 and 30), empty
for the total; `cells.py` turns it into the `uitsplitsing` mapping."""

from __future__ import annotations

import re

from werkspoor.registry.models import JONGERE_MAX_LEEFTIJD, KIND_MAX_LEEFTIJD

from .catalogue import Indicator

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


def age_sql(birth: str, day: str) -> str:
    """Completed years on `day`, as core.periods.age_on computes it."""
    return (
        f"(EXTRACT(year FROM {day}) - EXTRACT(year FROM {birth}) - CASE WHEN "
        f"EXTRACT(month FROM {day}) * 100 + EXTRACT(day FROM {day}) < "
        f"EXTRACT(month FROM {birth}) * 100 + EXTRACT(day FROM {birth}) THEN 1 ELSE 0 END)"
    )


def age_class_sql(age: str, klassen: dict[str, int]) -> str:
    ordered = sorted(klassen.items(), key=lambda item: item[1], reverse=True)
    whens = " ".join(f"WHEN {age} >= {lower} THEN '{label}'" for label, lower in ordered)
    return f"CASE {whens} END"


def _enriched_sql(indicator: Indicator, fact_sql: str, klassen: dict[str, int]) -> str:
    wanted = set(indicator.uitsplitsingen)
    columns = ["f.*"]
    joins = []
    if wanted & {"wijk", "huishoudtype", "leeftijdsklasse", "doelgroep"}:
        joins.append("LEFT JOIN inwoner i ON i.id = f.inwoner_id")
        columns += [
            "COALESCE(i.wijk, 'onbekend') AS wijk",
            "i.huishoudtype",
            f"{age_sql('i.geboortedatum', 'f.peildatum')} AS leeftijd",
        ]
    if "leeftijdsklasse" in wanted:
        columns.append(
            f"{age_class_sql(age_sql('i.geboortedatum', 'f.peildatum'), klassen)} AS leeftijdsklasse"
        )
    if "doelgroep" in wanted:
        columns += [
            "i.structurele_arbeidsbeperking AS arbeidsbeperking",
            "(i.inburgeraar OR i.statushouder) AS inburgeraar_statushouder",
            f"EXISTS (SELECT 1 FROM kind c WHERE c.inwoner_id = f.inwoner_id "
            f"AND c.geboortedatum <= f.peildatum "
            f"AND {age_sql('c.geboortedatum', 'f.peildatum')} < {KIND_MAX_LEEFTIJD}) AS gezin",
        ]
    if "arrangement" in wanted:
        joins.append(
            "LEFT JOIN arrangementperiode ap ON ap.inwoner_id = f.inwoner_id "
            "AND ap.startdatum <= f.peildatum AND (ap.einddatum IS NULL OR ap.einddatum > f.peildatum)"
        )
        columns.append("COALESCE(CAST(ap.arrangement AS VARCHAR), 'geen') AS arrangement")
    return f"SELECT {', '.join(columns)} FROM feiten f {' '.join(joins)}"


def _doelgroepen_sql() -> str:
    jongere = f"v.leeftijd < {JONGERE_MAX_LEEFTIJD}"
    conditions = {
        "jongere": jongere,
        "gezin_met_kinderen": "v.gezin",
        "structurele_arbeidsbeperking": "v.arbeidsbeperking",
        "inburgeraar_statushouder": "v.inburgeraar_statushouder",
    }
    any_group = " OR ".join(f"COALESCE({c}, FALSE)" for c in conditions.values())
    conditions["geen"] = f"NOT ({any_group})"
    return " UNION ALL ".join(
        f"SELECT v.*, '{name}' AS doelgroep FROM verrijkt v WHERE {condition}"
        for name, condition in conditions.items()
    )


def _key_sql(columns: list[str], suffix: str | None = None) -> str:
    parts = [
        f"CASE WHEN GROUPING({c}) = 0 THEN '{c}' || chr(31) || COALESCE(CAST({c} AS VARCHAR), 'onbekend') END"
        for c in columns
    ]
    if suffix:
        parts.append(f"'statistiek' || chr(31) || '{suffix}'")
    return f"concat_ws(chr(30), {', '.join(parts)})" if parts else "''"


def _measures(indicator: Indicator, extra: str | None) -> str:
    if extra:
        personen = (
            "COUNT(*)" if indicator.berekening == "gemiddelde" else "COUNT(DISTINCT inwoner_id)"
        )
        return f"{indicator.extra_maten[extra]} AS waarde, {personen} AS personen"
    if indicator.berekening == "aantal":
        return "COUNT(*) AS waarde, COUNT(DISTINCT inwoner_id) AS personen"
    if indicator.berekening == "aandeel":
        teller = "SUM(CASE WHEN teller THEN 1 ELSE 0 END)"
        return f"ROUND(AVG(CASE WHEN teller THEN 1.0 ELSE 0.0 END), 4) AS waarde, LEAST(COUNT(*), {teller}) AS personen"
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
) -> str:
    sets = grouping_sets(indicator, breakdowns, with_total)
    columns = list(dict.fromkeys(c for s in sets for c in s if c != "periode"))
    sets_sql = ", ".join(f"({', '.join(s)})" for s in sets)
    return (
        f"SELECT '{indicator.id}' AS indicator, periode, {_key_sql(columns, extra)} AS sleutel, "
        f"{_measures(indicator, extra)} FROM {source} {where} GROUP BY GROUPING SETS ({sets_sql})"
    )


def cells_sql(indicator: Indicator, fact_sql: str, klassen: dict[str, int]) -> str:
    """One query giving every cell (indicator, periode, sleutel, waarde, personen)."""
    person = [b for b in indicator.uitsplitsingen if b in PERSOON_UITSPLITSINGEN]
    pw_only = "WHERE regeling = 'PW'" if indicator.heeft_regeling else ""
    parts = []
    for extra in [None, *indicator.extra_maten]:
        parts.append(_grouped(indicator, "verrijkt", person, pw_only, extra))
        if indicator.heeft_regeling:
            parts.append(_grouped(indicator, "verrijkt", ["regeling"], "", extra, with_total=False))
        if "doelgroep" in indicator.uitsplitsingen:
            parts.append(
                _grouped(indicator, "doelgroepen", ["doelgroep"], pw_only, extra, with_total=False)
            )
    ctes = [
        f"feiten AS ({fact_sql})",
        f"verrijkt AS ({_enriched_sql(indicator, fact_sql, klassen)})",
    ]
    if "doelgroep" in indicator.uitsplitsingen:
        ctes.append(f"doelgroepen AS ({_doelgroepen_sql()})")
    return f"WITH {', '.join(ctes)} " + " UNION ALL ".join(parts)
