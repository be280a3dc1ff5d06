# SPDX-License-Identifier: EUPL-1.2
"""The rekenkern: loads the registry into an in-memory DuckDB and computes every indicator
of the catalogue for a list of periods (quarters, years, years to date), set-based in SQL
(never row by row in Python). A year is one period like a quarter: the same definitions
count a person once in it and take a stock on its last day."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import duckdb
import pyarrow as pa

from werkspoor.core.gemeente import current_gemeente
from werkspoor.core.periods import (
    KWARTAAL,
    Quarter,
    ReportingPeriod,
    periods_between,
    quarters_between,
)
from werkspoor.logbook.services import record_every_resident

from .aggregation import (
    UNIQUENESS_SAMPLE_ROWS,
    cells_sql,
    counts_per_person,
    facts_table_sql,
    joins_timeline,
    render_parameters,
    uniqueness_sql,
)
from .catalogue import Catalogue, Indicator, catalogue
from .cells import Cel, breakdown_domains, with_zero_rows
from .doelen import doelen
from .loading import load_registry
from .timeline import timeline_sql

STATISTIEK = "statistiek" + chr(31)
# Growth against a year earlier looks back four quarters, or one year (to date).
LOOKBACK = {KWARTAAL: 4}
# The timeline reaches this far beyond the periods computed: a fact's peildatum may lie
# a little outside its period (the day before an einddatum, for instance).
TIMELINE_MARGIN = timedelta(days=366)
# The table of periods the definitions read, and its older name (definitions written for
# quarters only read `kwartalen`; they work unchanged for every kind of period).
PERIOD_TABLE, PERIOD_TABLE_ALIAS = "perioden", "kwartalen"
RETURNING = "RETURNING indicator, periode, sleutel, waarde, personen"


# Memory DuckDB's block allocator keeps instead of handing it back to the system between
# operators: at national size kernel time was 11.5-12.3 of some 72 CPU seconds, 6-7 with
# this. It is taken as used and released when the engine closes.
BLOCK_MEMORY_FRACTION = 0.25

# Indicators computed side by side, each on a cursor of its own: at city size most of an
# indicator's query is fixed cost (planning, a hash table per grouping set) that runs on one
# core, so two queries at a time keep both cores busy; DuckDB's threads serve them both.
WORKERS = 2


def _block_memory_config() -> dict:
    """DuckDB's `block_allocator_memory` for this machine; none where the size of physical
    memory cannot be read (os.sysconf is POSIX only)."""
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return {}
    return {"block_allocator_memory": f"{int(physical * BLOCK_MEMORY_FRACTION)}B"}


def period_table(periods: list[ReportingPeriod]) -> pa.Table:
    """The rows of `perioden`: label, kind, first and last day, a unique sequence number,
    the previous period and the same period a year earlier."""
    return pa.table(
        {
            "periode": [str(p) for p in periods],
            "soort": [p.kind for p in periods],
            "begin": pa.array([p.first_day for p in periods], pa.date32()),
            "einde": pa.array([p.last_day for p in periods], pa.date32()),
            "volgnummer": pa.array([p.sequence for p in periods], pa.int64()),
            "vorige": [str(p.previous()) for p in periods],
            "jaar_eerder": [str(p.year_earlier()) for p in periods],
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


def _with_history(periods: list[ReportingPeriod]) -> list[ReportingPeriod]:
    """The periods plus those a growth figure compares them with: per kind, every period
    from the lookback before the first one up to the last one."""
    result = []
    for kind in dict.fromkeys(p.kind for p in periods):
        own = sorted(p for p in periods if p.kind == kind)
        result += periods_between(own[0].shift(-LOOKBACK.get(kind, 1)), own[-1])
    return result


def _last_quarter(period: ReportingPeriod) -> Quarter:
    return Quarter.of(period.last_day)


def _stock_copies(indicator: Indicator, periods) -> dict[str, str]:
    """A stock on a period's last (or first) day: a year or year to date equals the quarter
    with that same day, when that quarter is computed as well ({period: quarter})."""
    if indicator.peildag not in ("einde", "begin"):
        return {}
    labels = {str(p) for p in periods}
    copies = {}
    for period in periods:
        if period.kind == KWARTAAL:
            continue
        day = period.last_day if indicator.peildag == "einde" else period.first_day
        quarter = str(Quarter.of(day))
        if quarter in labels:
            copies[str(period)] = quarter
    return copies


def _total_only(indicator: Indicator) -> Indicator:
    """The indicator without breakdowns or dimensions: its total alone."""
    return replace(indicator, uitsplitsingen=(), dimensies={}, extra_maten={}, totaal=True)


@dataclass
class _Cursor:
    """A worker's connection to the engine's database, with its own (temporary) table of
    periods and table of facts; the registry, the timeline and `uitkomst` are shared."""

    db: duckdb.DuckDBPyConnection
    periods: list = field(default_factory=list)


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
        # Logboek Dataverwerkingen: the copy holds every resident's data, so each is processed.
        record_every_resident("stuurinformatie-berekenen", "Indicatoren berekenen")
        self.timeline_span: tuple[date, date] | None = None
        self.workers = 1 if threads == 1 else WORKERS

    def close(self) -> None:
        self.db.close()

    def _parameters(self, indicator: Indicator) -> dict:
        parameters = {
            "caseload_min": self.gemeente.caseload_min,
            "caseload_max": self.gemeente.caseload_max,
            **indicator.parameters,
        }
        programma = doelen().programmas.get(indicator.programma or "")
        if programma is not None:
            parameters |= {"programma_van": str(programma.van), "programma_tot": str(programma.tot)}
        return parameters

    def _ensure_timeline(self, periods: list[ReportingPeriod]) -> None:
        """Build the timeline over the periods (plus a margin) unless it covers them."""
        if not periods:
            return
        first = min(p.first_day for p in periods) - TIMELINE_MARGIN
        last = max(p.last_day for p in periods) + TIMELINE_MARGIN
        if self.timeline_span is not None:
            if self.timeline_span[0] <= first and last <= self.timeline_span[1]:
                return
            first, last = min(first, self.timeline_span[0]), max(last, self.timeline_span[1])
        klassen = self.catalogue.uitsplitsingen["leeftijdsklasse"]["klassen"]
        self.db.execute(timeline_sql(klassen, (first, last)))
        self.timeline_span = (first, last)

    def _sql(self, cursor: _Cursor, indicator: Indicator) -> str:
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
        cursor.db.execute(facts_table_sql(sql, "_feiten"))
        once = _one_fact_per_person(cursor.db)
        return cells_sql(indicator, "SELECT * FROM _feiten", once, span)

    def compute(self, van, tot, ids: list[str] | None = None) -> list[Cel]:
        """Every cell of the chosen indicators (default all) for the periods van..tot, both
        quarters or both years."""
        if tot < van:
            raise ValueError(f"de periode --tot {tot} ligt vóór --van {van}")
        return self.compute_periods(periods_between(van, tot), ids)

    def compute_periods(
        self, periods: list[ReportingPeriod], ids: list[str] | None = None
    ) -> list[Cel]:
        """Every cell of the chosen indicators (default all) for the given periods, which
        may be of several kinds (quarters, years and years to date in one run)."""
        periods = sorted(set(periods), key=lambda p: p.sequence)
        if not periods:
            return []
        chosen = [i for i in self.catalogue if ids is None or i.id in ids]
        chosen = [i for i in chosen if self._computable(i)]
        wanted = {i.id for i in chosen}
        needed = {d for i in chosen for d in i.afgeleid_van}
        chosen += [i for i in self.catalogue if i.id in needed and i not in chosen]
        plan = self._plan(_order(chosen), wanted, periods)
        self._ensure_timeline([p for ind in chosen if joins_timeline(ind) for p in plan[ind.id][0]])
        self.db.execute(
            "CREATE OR REPLACE TABLE uitkomst (indicator VARCHAR, periode VARCHAR, "
            "sleutel VARCHAR, waarde DOUBLE, personen BIGINT)"
        )
        shown = [i for i in chosen if ids is None or i.id in ids]
        to_cells = self._to_cells(shown, periods)
        cells: dict[str, list[Cel]] = {}

        def work(cursor: _Cursor, indicator: Indicator) -> None:
            rows = self._compute_one(cursor, indicator, plan[indicator.id], periods)
            if indicator.id in to_cells:  # while the other worker's query runs
                cells[indicator.id] = to_cells[indicator.id](rows)

        self._run(_order(chosen), work)
        return [cell for indicator in shown for cell in cells[indicator.id]]

    def _compute_one(self, cursor: _Cursor, indicator: Indicator, planned, periods) -> list:
        """The indicator's cells into `uitkomst`: over its full periods with every breakdown,
        over the others its total alone, and the periods that copy another's cells. Returns
        the rows inserted (read back as they are written: no scan of `uitkomst` per
        indicator)."""
        full, totals = planned
        copies = _stock_copies(indicator, full)
        full = [p for p in full if str(p) not in copies]
        rows = []
        for part, variant in ((full, indicator), (totals, _total_only(indicator))):
            if part:
                _use_periods(cursor, part)
                sql = f"INSERT INTO uitkomst {self._sql(cursor, variant)} {RETURNING}"
                rows += cursor.db.execute(sql).fetchall()
        if indicator.cumulatief:
            copies |= {str(p): str(_last_quarter(p)) for p in periods if p.kind != KWARTAAL}
        return rows + _copy_periods(cursor.db, indicator, copies)

    def _run(self, ordered: list[Indicator], work) -> None:
        """work(cursor, indicator) for every indicator, on `self.workers` cursors side by
        side; a derived indicator starts once those it is derived from are done. The first
        error stops the run and is raised."""
        pending, done, errors = list(ordered), set(), []
        changed = threading.Condition()

        def next_ready() -> Indicator | None:
            with changed:
                while pending and not errors:
                    ready = [i for i in pending if set(i.afgeleid_van) <= done]
                    if ready:
                        pending.remove(ready[0])
                        return ready[0]
                    changed.wait()
                return None

        def worker() -> None:
            cursor = _Cursor(self.db.cursor())
            try:
                while (indicator := next_ready()) is not None:
                    try:
                        work(cursor, indicator)
                    except BaseException as error:
                        with changed:
                            errors.append(error)
                            changed.notify_all()
                        return
                    with changed:
                        done.add(indicator.id)
                        changed.notify_all()
            finally:
                cursor.db.close()

        threads = [threading.Thread(target=worker) for _ in range(self.workers - 1)]
        for thread in threads:
            thread.start()
        try:
            worker()
        finally:
            for thread in threads:
                thread.join()
        if errors:
            raise errors[0]

    @staticmethod
    def _computable(indicator: Indicator) -> bool:
        """An indicator of a programme the municipality does not have is left out."""
        return indicator.programma is None or indicator.programma in doelen().programmas

    @staticmethod
    def _asked(indicator: Indicator, periods) -> list[ReportingPeriod]:
        """The asked periods in the indicator's own kinds; a cumulative one is computed per
        quarter (a year takes its last quarter's figure)."""
        if indicator.cumulatief:
            return [p for p in periods if p.kind == KWARTAAL] + [
                _last_quarter(p) for p in periods if p.kind != KWARTAAL
            ]
        return [p for p in periods if p.kind in indicator.perioden]

    def _plan(self, ordered, wanted, periods) -> dict[str, tuple[list, list]]:
        """Per indicator the periods it is computed over with every breakdown, and those over
        which only its total is needed: the asked periods, plus what the indicators derived
        from it read (growth: the periods it compares with, with every breakdown; a
        cumulative figure: every quarter from its baseline on, the total only)."""
        full = {i.id: set() for i in ordered}
        totals = {i.id: set() for i in ordered}
        for indicator in reversed(ordered):  # readers before what they read
            own = full[indicator.id]
            if indicator.id in wanted:
                own |= set(self._asked(indicator, periods))
            if indicator.cumulatief and own:
                start = Quarter.parse(indicator.parameters.get("basislijn_van", str(min(own))))
                own |= set(quarters_between(min(start, min(own)), max(own)))
            if indicator.berekening != "afgeleid" or not own:
                continue
            read = own if indicator.cumulatief else set(_with_history(list(own)))
            for source in indicator.afgeleid_van:
                (totals if indicator.cumulatief else full)[source] |= read
        by_sequence = lambda ps: sorted(ps, key=lambda p: p.sequence)  # noqa: E731
        return {i: (by_sequence(full[i]), by_sequence(totals[i] - full[i])) for i in full}

    def _to_cells(self, shown: list[Indicator], periods) -> dict:
        """Per indicator a function(rows) giving its cells from the rows it wrote into
        `uitkomst` (the registry's stand and the breakdowns' domains are read here, before
        the workers start: they read Django's database)."""
        labels = frozenset(str(p) for p in periods)
        period_ends = {str(p): p.last_day for p in periods}
        domains = breakdown_domains(self.catalogue, self.gemeente.wijken)

        def converter(indicator: Indicator):
            own = [str(p) for p in periods if p.kind in indicator.perioden]
            provisional = frozenset()
            if indicator.voorlopig_dagen:
                provisional = _provisional(indicator.voorlopig_dagen, period_ends)
            typed = _typer(indicator)

            def cells(rows: list[tuple]) -> list[Cel]:
                found = [row for row in rows if row[1] in labels]
                if indicator.berekening == "aantal":
                    found = with_zero_rows(found, indicator, own, domains)
                return [
                    Cel(
                        i,
                        periode,
                        sleutel,
                        *typed(waarde, personen, sleutel),
                        False,
                        periode in provisional,
                    )
                    for i, periode, sleutel, waarde, personen in found
                ]

            return cells

        return {indicator.id: converter(indicator) for indicator in shown}


def _one_fact_per_person(db) -> bool:
    """Checked over a sample first; over all facts only where the sample does not settle it
    (a city's facts fit in the sample: one pass)."""
    unique, final = db.execute(uniqueness_sql("_feiten", UNIQUENESS_SAMPLE_ROWS)).fetchone()
    if not unique or final:
        return bool(unique)
    return bool(db.execute(uniqueness_sql("_feiten")).fetchone()[0])


def _copy_periods(db, indicator: Indicator, copies: dict[str, str]) -> list:
    """Cells of a period taken from another's: {period: the quarter it equals}; returns the
    rows inserted."""
    if not copies:
        return []
    db.register("_naar_periode", pa.table({"periode": list(copies), "bron": list(copies.values())}))
    rows = db.execute(
        "INSERT INTO uitkomst SELECT u.indicator, m.periode, u.sleutel, u.waarde, u.personen "
        "FROM uitkomst u JOIN _naar_periode m ON m.bron = u.periode "
        f"WHERE u.indicator = '{indicator.id}' {RETURNING}"
    ).fetchall()
    db.unregister("_naar_periode")
    return rows


def _use_periods(cursor: _Cursor, periods: list[ReportingPeriod]) -> None:
    """(Re)fill the cursor's table of periods that the definitions read (temporary: each
    cursor has its own)."""
    if periods == cursor.periods:
        return
    cursor.db.register("_perioden", period_table(periods))
    cursor.db.execute(f"CREATE OR REPLACE TEMP TABLE {PERIOD_TABLE} AS SELECT * FROM _perioden")
    cursor.db.execute(
        f"CREATE OR REPLACE TEMP VIEW {PERIOD_TABLE_ALIAS} AS SELECT * FROM {PERIOD_TABLE}"
    )
    cursor.db.unregister("_perioden")
    cursor.periods = periods


def _provisional(days: int, period_ends: dict) -> frozenset[str]:
    """The periods ending fewer than `days` days before the registry's stand."""
    from werkspoor.registry.stand import registry_stand

    stand = registry_stand()
    return frozenset(
        periode
        for periode, last_day in period_ends.items()
        if stand is None or (stand - last_day).days < days
    )


def _typer(indicator: Indicator):
    """typed(waarde, personen, sleutel) -> (waarde, personen): whole numbers as int (counts,
    and whole statistics such as numbers of werkcoaches); shares, means and percentages as
    they are. A figure that counts no residents rests on none (`personen` None: no
    disclosure control)."""
    protected = indicator.beschermd
    keep = indicator.berekening == "aandeel" or indicator.eenheid == "procent"
    mean = indicator.berekening == "gemiddelde"

    def typed(value, personen, sleutel: str) -> tuple:
        if not protected:
            personen = None
        if value is not None and not keep and float(value).is_integer():
            if not mean or STATISTIEK in sleutel:
                value = int(value)
        return value, personen

    return typed


def compute(van, tot, ids: list[str] | None = None) -> list[Cel]:
    """Load the configured registry and compute (one-off use: CLI, reports)."""
    engine = Engine()
    try:
        return engine.compute(van, tot, ids)
    finally:
        engine.close()
