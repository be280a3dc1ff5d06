# SPDX-License-Identifier: EUPL-1.2
"""The rekenkern: loads the registry into an in-memory DuckDB and computes every indicator
of the catalogue for a range of quarters, set-based in SQL (never row by row in Python)."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, timedelta

import duckdb
import pyarrow as pa

from werkspoor.core.gemeente import current_gemeente
from werkspoor.core.periods import Quarter, quarters_between

from .aggregation import (
    UNIQUENESS_SAMPLE_ROWS,
    cells_sql,
    counts_per_person,
    facts_table_sql,
    render_parameters,
    uniqueness_sql,
)
from .catalogue import Catalogue, Indicator, catalogue
from .cells import Cel, breakdown_domains, with_zero_cells
from .loading import load_registry
from .timeline import timeline_sql

# Growth against a year earlier needs four quarters before the first one asked for.
LOOKBACK_QUARTERS = 4
# The timeline reaches this far beyond the quarters computed: a fact's peildatum may lie
# a little outside its quarter (the day before an einddatum, for instance).
TIMELINE_MARGIN = timedelta(days=366)


# Memory DuckDB's block allocator keeps instead of handing it back to the system between
# operators: at national size kernel time was 11.5-12.3 of some 72 CPU seconds, 6-7 with
# this. It is taken as used and released when the engine closes.
BLOCK_MEMORY_FRACTION = 0.25


def _block_memory_config() -> dict:
    """DuckDB's `block_allocator_memory` for this machine; none where the size of physical
    memory cannot be read (os.sysconf is POSIX only)."""
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return {}
    return {"block_allocator_memory": f"{int(physical * BLOCK_MEMORY_FRACTION)}B"}


def _quarter_table(quarters: list[Quarter]) -> pa.Table:
    return pa.table(
        {
            "periode": [str(q) for q in quarters],
            "begin": pa.array([q.first_day for q in quarters], pa.date32()),
            "einde": pa.array([q.last_day for q in quarters], pa.date32()),
            "volgnummer": [q.year * 4 + q.number - 1 for q in quarters],
            "vorige": [str(q.previous()) for q in quarters],
            "jaar_eerder": [str(q.shift(-4)) for q in quarters],
        }
    )


def _order(indicators: list[Indicator]) -> list[Indicator]:
    """Derived indicators after the ones they are derived from."""
    done, ordered = set(), []
    pending = list(indicators)
    while pending:
        ready = [i for i in pending if set(i.afgeleid_van) <= done]
        if not ready:
            raise ValueError("kringverwijzing in 'afgeleid_van' van de catalogus")
        for indicator in ready:
            ordered.append(indicator)
            done.add(indicator.id)
            pending.remove(indicator)
    return ordered


class Engine:
    """One DuckDB database holding a copy of the registry; compute() may be called often."""

    def __init__(self, cat: Catalogue | None = None, threads: int | None = None):
        self.catalogue = cat or catalogue()
        self.gemeente = current_gemeente()
        config = {
            # Results are keyed, never read in insertion order: let DuckDB stream and reorder.
            "preserve_insertion_order": False,
            **_block_memory_config(),
        }
        self.db = duckdb.connect(":memory:", config=config)
        if threads:
            self.db.execute(f"SET threads = {int(threads)}")
        self.row_counts = load_registry(self.db)
        self.timeline_span: tuple[date, date] | None = None
        self._quarters: list[Quarter] = []

    def close(self) -> None:
        self.db.close()

    def _range(self, van: Quarter, tot: Quarter) -> list[Quarter]:
        start = van.shift(-LOOKBACK_QUARTERS)
        for indicator in self.catalogue:
            if "basislijn_van" in indicator.parameters:
                start = min(start, Quarter.parse(indicator.parameters["basislijn_van"]))
        return quarters_between(start, tot)

    def _parameters(self, indicator: Indicator) -> dict:
        return {
            "caseload_min": self.gemeente.caseload_min,
            "caseload_max": self.gemeente.caseload_max,
            **indicator.parameters,
        }

    def _ensure_timeline(self, quarters: list[Quarter]) -> None:
        """Build the timeline over the quarters (plus a margin) unless it covers them."""
        first = quarters[0].first_day - TIMELINE_MARGIN
        last = quarters[-1].last_day + TIMELINE_MARGIN
        if self.timeline_span is not None:
            if self.timeline_span[0] <= first and last <= self.timeline_span[1]:
                return
            first, last = min(first, self.timeline_span[0]), max(last, self.timeline_span[1])
        klassen = self.catalogue.uitsplitsingen["leeftijdsklasse"]["klassen"]
        self.db.execute(timeline_sql(klassen, (first, last)))
        self.timeline_span = (first, last)

    def _sql(self, indicator: Indicator) -> str:
        sql = render_parameters(indicator.sql, self._parameters(indicator), f"{indicator.id}.sql")
        if indicator.berekening == "afgeleid":
            return (
                f"SELECT '{indicator.id}' AS indicator, periode, sleutel, waarde, personen "
                f"FROM ({sql}) d"
            )
        span = self.timeline_span
        if not counts_per_person(indicator):
            return cells_sql(indicator, sql, span=span)
        # A count's facts once, in a table: the check below and the cells read them.
        self.db.execute(facts_table_sql(sql, "_feiten"))
        return cells_sql(indicator, "SELECT * FROM _feiten", self._one_fact_per_person(), span)

    def _one_fact_per_person(self) -> bool:
        sample = uniqueness_sql("_feiten", UNIQUENESS_SAMPLE_ROWS)
        if not self.db.execute(sample).fetchone()[0]:
            return False
        return bool(self.db.execute(uniqueness_sql("_feiten")).fetchone()[0])

    def compute(self, van: Quarter, tot: Quarter, ids: list[str] | None = None) -> list[Cel]:
        """Every cell of the chosen indicators (default all) for the quarters van..tot."""
        if tot < van:
            raise ValueError(f"het kwartaal --tot {tot} ligt vóór --van {van}")
        chosen = [i for i in self.catalogue if ids is None or i.id in ids]
        needed = {d for i in chosen for d in i.afgeleid_van}
        chosen += [i for i in self.catalogue if i.id in needed and i not in chosen]
        quarters = self._range(van, tot)
        self._ensure_timeline(quarters)
        self.db.execute(
            "CREATE OR REPLACE TABLE uitkomst (indicator VARCHAR, periode VARCHAR, "
            "sleutel VARCHAR, waarde DOUBLE, personen BIGINT)"
        )
        for indicator in _order(chosen):
            # Quarters before `van` only where a derived indicator reads them (growth against
            # a year earlier, a baseline): for the others they were work thrown away.
            reads_history = indicator.id in needed or indicator.berekening == "afgeleid"
            self._use_quarters(quarters if reads_history else quarters_between(van, tot))
            self.db.execute(f"INSERT INTO uitkomst {self._sql(indicator)}")
        return self._cells(chosen, van, tot, ids)

    def _use_quarters(self, quarters: list[Quarter]) -> None:
        """(Re)fill the table `kwartalen` that the definitions read."""
        if quarters == self._quarters:
            return
        self.db.register("_kwartalen", _quarter_table(quarters))
        self.db.execute("CREATE OR REPLACE TABLE kwartalen AS SELECT * FROM _kwartalen")
        self.db.unregister("_kwartalen")
        self._quarters = quarters

    def _cells(self, chosen, van: Quarter, tot: Quarter, ids) -> list[Cel]:
        rows = self.db.execute(
            "SELECT indicator, periode, sleutel, waarde, personen FROM uitkomst "
            "WHERE periode BETWEEN ? AND ?",
            [str(van), str(tot)],
        ).fetchall()
        by_indicator: dict[str, list[Cel]] = {}
        for indicator_id, periode, sleutel, waarde, personen in rows:
            by_indicator.setdefault(indicator_id, []).append(
                Cel(indicator_id, periode, sleutel, waarde, personen)
            )
        periods = [str(q) for q in quarters_between(van, tot)]
        period_ends = {str(q): q.last_day for q in quarters_between(van, tot)}
        domains = breakdown_domains(self.catalogue, self.gemeente.wijken)
        cells = []
        for indicator in chosen:
            if ids is not None and indicator.id not in ids:
                continue
            found = by_indicator.get(indicator.id, [])
            if indicator.berekening == "aantal":
                found = with_zero_cells(found, indicator, periods, domains)
            found = [_typed(cell, indicator) for cell in found]
            if indicator.voorlopig_dagen:
                found = _mark_provisional(found, indicator.voorlopig_dagen, period_ends)
            cells += found
        return cells


def _mark_provisional(cells: list[Cel], days: int, period_ends: dict) -> list[Cel]:
    """Cells of periods ending fewer than `days` days before the registry's stand."""
    from werkspoor.registry.stand import registry_stand

    stand = registry_stand()
    provisional = {
        periode
        for periode, last_day in period_ends.items()
        if stand is None or (stand - last_day).days < days
    }
    return [replace(c, voorlopig=True) if c.periode in provisional else c for c in cells]


def _typed(cell: Cel, indicator: Indicator) -> Cel:
    """Counts as whole numbers; shares, means and percentages as they are."""
    value = cell.waarde
    if value is None or indicator.berekening in ("aandeel",) or indicator.eenheid == "procent":
        return cell
    is_extra = "statistiek" in cell.uitsplitsing
    if indicator.berekening == "aantal" or is_extra or float(value).is_integer():
        if float(value).is_integer():
            value = int(value)
    if indicator.berekening == "gemiddelde" and not is_extra:
        value = cell.waarde
    return Cel(cell.indicator, cell.periode, cell.sleutel, value, cell.personen)


def compute(van: Quarter, tot: Quarter, ids: list[str] | None = None) -> list[Cel]:
    """Load the configured registry and compute (one-off use: CLI, reports)."""
    engine = Engine()
    try:
        return engine.compute(van, tot, ids)
    finally:
        engine.close()
