# SPDX-License-Identifier: EUPL-1.2
"""The demo city's calibration figures, measured from the database with half-open periods:
running on d means startdatum <= d and (einddatum empty or einddatum > d)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.db import connection

from werkspoor.core.gemeente import current_gemeente
from werkspoor.core.periods import Quarter, quarters_between

RUNNING = "{t}.startdatum <= %s AND ({t}.einddatum IS NULL OR {t}.einddatum > %s)"
BASELINE = (Quarter(2017, 1), Quarter(2019, 2))
WERKBEWEGING_START = Quarter(2019, 3)


@dataclass
class Figures:
    bestand: dict[int, int] = field(default_factory=dict)  # PW running on 31-12
    instroom: dict[int, int] = field(default_factory=dict)
    uitstroom: dict[int, int] = field(default_factory=dict)
    uitstroom_werk: dict[int, int] = field(default_factory=dict)
    arrangement_3: dict[str, int] = field(default_factory=dict)  # peildatum -> residents
    aandeel_wijk: dict[int, dict[str, float]] = field(default_factory=dict)
    caseload: dict[int, float] = field(default_factory=dict)
    bewegingen: dict[str, int] = field(default_factory=dict)  # quarter -> movements
    aandeel_activering: dict[str, float] = field(default_factory=dict)
    ontmoetingen: dict[int, tuple[int, int]] = field(default_factory=dict)  # (count, employers)
    contacten: dict[int, dict[str, int]] = field(default_factory=dict)

    def groei(self, year: int) -> float:
        return 100 * (self.bestand[year] / self.bestand[year - 1] - 1)

    @property
    def baseline(self) -> float:
        quarters = quarters_between(*BASELINE)
        return sum(self.bewegingen.get(str(q), 0) for q in quarters) / len(quarters)

    def extra_bewegingen(self, until: Quarter) -> float:
        quarters = quarters_between(WERKBEWEGING_START, until)
        return sum(self.bewegingen.get(str(q), 0) - self.baseline for q in quarters)

    def aandeel_grootste_wijk(self, year: int) -> tuple[str, float]:
        return max(self.aandeel_wijk[year].items(), key=lambda item: item[1])


def _scalar(sql: str, params: list) -> int:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0] or 0


def _rows(sql: str, params: list) -> list:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def bestand_on(day: date) -> int:
    """Running Participatiewet benefits on `day`, one per household (= inwoner)."""
    return _scalar(
        "SELECT COUNT(DISTINCT u.inwoner_id) FROM registry_uitkering u "
        f"WHERE u.regeling = 'PW' AND {RUNNING.format(t='u')}", [day, day])


def arrangement_3_on(day: date) -> int:
    return _scalar(
        "SELECT COUNT(DISTINCT a.inwoner_id) FROM registry_arrangementperiode a "
        "JOIN registry_uitkering u ON u.inwoner_id = a.inwoner_id "
        f"WHERE a.arrangement = 3 AND {RUNNING.format(t='a')} AND {RUNNING.format(t='u')}",
        [day, day, day, day])


def wijk_shares_on(day: date) -> dict[str, float]:
    rows = _rows(
        "SELECT i.wijk, COUNT(DISTINCT u.inwoner_id) FROM registry_uitkering u "
        "JOIN registry_inwoner i ON i.id = u.inwoner_id "
        f"WHERE u.regeling = 'PW' AND {RUNNING.format(t='u')} GROUP BY i.wijk", [day, day])
    total = sum(n for _, n in rows) or 1
    shares = {wijk: 0.0 for wijk in current_gemeente().wijken}
    shares.update({wijk: n / total for wijk, n in rows})
    return shares


def caseload_on(day: date) -> float:
    """Mean over werkcoaches of residents with a running benefit assigned to them on `day`."""
    rows = _rows(
        "SELECT t.werkcoach_id, COUNT(DISTINCT t.inwoner_id) FROM registry_toewijzing t "
        "JOIN registry_uitkering u ON u.inwoner_id = t.inwoner_id "
        f"WHERE {RUNNING.format(t='t')} AND {RUNNING.format(t='u')} GROUP BY t.werkcoach_id",
        [day, day, day, day])
    return sum(n for _, n in rows) / len(rows) if rows else 0.0


def flows(year: int) -> tuple[int, int, int]:
    """(instroom, uitstroom, uitstroom werk) of PW benefits in the year."""
    first, next_first = date(year, 1, 1), date(year + 1, 1, 1)
    instroom = _scalar("SELECT COUNT(*) FROM registry_uitkering WHERE regeling = 'PW' "
                       "AND startdatum >= %s AND startdatum < %s", [first, next_first])
    rows = _rows("SELECT reden_beeindiging, COUNT(*) FROM registry_uitkering "
                 "WHERE regeling = 'PW' AND einddatum >= %s AND einddatum < %s "
                 "GROUP BY reden_beeindiging", [first, next_first])
    by_reason = dict(rows)
    return instroom, sum(by_reason.values()), by_reason.get("werk", 0)


def movement_days() -> list[date]:
    """Days of Werkbeweging's movements towards work by residents in arrangement 3."""
    in_3 = ("JOIN registry_arrangementperiode a ON a.inwoner_id = x.inwoner_id "
            "AND a.arrangement = 3 AND a.startdatum <= x.{d} "
            "AND (a.einddatum IS NULL OR a.einddatum > x.{d})")
    queries = [
        "SELECT x.startdatum FROM registry_traject x " + in_3.format(d="startdatum")
        + " WHERE x.instrument IN ('scholing', 'werkervaringsplek')",
        "SELECT x.datum FROM employers_plaatsing x " + in_3.format(d="datum"),
        "SELECT x.startdatum FROM registry_deeltijdwerk x " + in_3.format(d="startdatum"),
        # the arrangement on the last day with benefit: einddatum minus one day
        "SELECT x.einddatum FROM registry_uitkering x JOIN registry_arrangementperiode a "
        "ON a.inwoner_id = x.inwoner_id AND a.arrangement = 3 AND a.startdatum < x.einddatum "
        "AND (a.einddatum IS NULL OR a.einddatum >= x.einddatum) "
        "WHERE x.regeling = 'PW' AND x.reden_beeindiging = 'werk'",
    ]
    return [_as_date(row[0]) for sql in queries for row in _rows(sql, [])]


def activering_share(quarter: Quarter) -> float:
    """Residents in arrangement 3 at some day of the quarter with an activering traject
    running at some day of it, over all residents in arrangement 3 at some day of it."""
    first, after = quarter.first_day, quarter.next().first_day
    overlap = "{t}.startdatum < %s AND ({t}.einddatum IS NULL OR {t}.einddatum > %s)"
    in_3 = ("SELECT DISTINCT a.inwoner_id FROM registry_arrangementperiode a "
            f"WHERE a.arrangement = 3 AND {overlap.format(t='a')}")
    total = _scalar(f"SELECT COUNT(*) FROM ({in_3}) s", [after, first])
    active = _scalar(
        f"SELECT COUNT(DISTINCT t.inwoner_id) FROM registry_traject t WHERE t.instrument = "
        f"'activering' AND {overlap.format(t='t')} AND t.inwoner_id IN ({in_3})",
        [after, first, after, first])
    return active / total if total else 0.0


def measure(years=range(2017, 2026), quarters=(Quarter(2021, 4),),
            arrangement_days=(date(2022, 1, 1),)) -> Figures:
    figures = Figures()
    for year in [years[0] - 1, *years]:
        figures.bestand[year] = bestand_on(date(year, 12, 31))
    for year in years:
        last = date(year, 12, 31)
        figures.instroom[year], figures.uitstroom[year], figures.uitstroom_werk[year] = flows(year)
        figures.aandeel_wijk[year] = wijk_shares_on(last)
        figures.caseload[year] = caseload_on(last)
        first, after = date(year, 1, 1), date(year + 1, 1, 1)
        figures.ontmoetingen[year] = tuple(_rows(
            "SELECT COUNT(*), COUNT(DISTINCT werkgever_id) FROM employers_ontmoeting "
            "WHERE datum >= %s AND datum < %s", [first, after])[0])
        figures.contacten[year] = dict(_rows(
            "SELECT kanaal, COUNT(*) FROM registry_contactmoment WHERE datum >= %s "
            "AND datum < %s GROUP BY kanaal ORDER BY kanaal", [first, after]))
    for day in arrangement_days:
        figures.arrangement_3[day.isoformat()] = arrangement_3_on(day)
    counts = Counter(str(Quarter.of(day)) for day in movement_days())
    figures.bewegingen = {str(q): counts.get(str(q), 0)
                          for q in quarters_between(Quarter(years[0], 1), Quarter(years[-1], 4))}
    for quarter in quarters:
        figures.aandeel_activering[str(quarter)] = activering_share(quarter)
    return figures


def summary(figures: Figures) -> list[str]:
    """The figures as a few Dutch lines for the end of `werkspoor demo`."""
    years = sorted(figures.uitstroom_werk)
    def line(label, values):
        return f"  {label:<34}" + "  ".join(values)
    lines = [line("jaar", [f"{y:>6}" for y in years]),
             line("PW-bestand op 31-12", [f"{figures.bestand[y]:>6}" for y in years]),
             line("groei t.o.v. vorig jaar (%)", [f"{figures.groei(y):>6.1f}" for y in years]),
             line("instroom PW", [f"{figures.instroom[y]:>6}" for y in years]),
             line("uitstroom PW", [f"{figures.uitstroom[y]:>6}" for y in years]),
             line("uitstroom naar werk", [f"{figures.uitstroom_werk[y]:>6}" for y in years]),
             line("caseload per werkcoach (31-12)", [f"{figures.caseload[y]:>6.1f}" for y in years]),
             line("ontmoetingen", [f"{figures.ontmoetingen[y][0]:>6}" for y in years])]
    wijk, share = figures.aandeel_grootste_wijk(years[-1])
    lines.append(f"  grootste wijk {wijk}: {100 * share:.1f}% van het PW-bestand op 31-12-{years[-1]}")
    for day, count in figures.arrangement_3.items():
        lines.append(f"  arrangement 3 met lopende uitkering op {day}: {count}")
    for quarter, share in figures.aandeel_activering.items():
        lines.append(f"  Werkbeweging {quarter}: extra bewegingen "
                     f"{figures.extra_bewegingen(Quarter.parse(quarter)):.0f} (basis "
                     f"{figures.baseline:.0f}/kwartaal), activering {100 * share:.1f}%")
    return lines


