# SPDX-License-Identifier: EUPL-1.2
"""The expected payment of every benefit in a month, from the registry, in one vectorised
rules evaluation. The check (controle.py) and the demo city's payments use this one function,
so that what the demo pays and what the check expects are computed alike.

How a month's amount follows from the registry (each step a rule of werkspoor.rules):
- the peildatum is the first day of the month, or the benefit's startdatum if later; the
  household is taken as registered on that day: huishoudtype, the resident's age (also used
  as the partner's, whose birth date the registry does not hold), children younger than 18
  (and than the age of the alleenstaande-oudervrijlating), aantal kostendelers;
- income is the netto_inkomsten_per_maand of the deeltijdwerk running on the peildatum; the
  vrijlating month is counted from that period's first month (1 = the month work started);
  the IOAW knows no vrijlating of Participatiewet art. 31, so there income is set off whole;
- registered vrijwilligersvergoeding of the month (and of the earlier months of the year);
- the monthly benefit (norm including vakantietoeslag minus what is set off) is paid pro
  rata for the days of the month with benefit: amount x days / days in the month, in cents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np

from werkspoor.rules.calculate import check_datum, evaluate
from werkspoor.rules.formulas import round_cents
from werkspoor.rules.system import tax_benefit_system

DAY = np.timedelta64(1, "D")
NAT = np.datetime64("NaT", "D")
OUTPUTS = [
    "bijstandsnorm",
    "vakantietoeslag",
    "inkomstenvrijlating",
    "vrijlating_soort",
    "verrekende_inkomsten",
    "uitkering",
]
# Regelingen whose income is set off without the Participatiewet's vrijlating.
ZONDER_VRIJLATING = ("IOAW", "IOAZ")


def days(values) -> np.ndarray:
    """Dates (date objects, ISO text or datetime64; None = NaT) as datetime64[D]."""
    return np.array([np.datetime64("NaT") if v is None else v for v in values], "datetime64[D]")


def month_bounds(maand: date) -> tuple[np.datetime64, np.datetime64]:
    start = np.datetime64(maand.replace(day=1), "D")
    end = (start.astype("datetime64[M]") + 1).astype("datetime64[D]")
    return start, end


def age_on(birth: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Completed years, as core.periods.age_on (born on 29 February: ages on 1 March)."""
    by, bm, bd = _ymd(birth)
    dy, dm, dd = _ymd(day)
    return dy - by - ((dm * 100 + dd) < (bm * 100 + bd)).astype(np.int64)


def _ymd(values: np.ndarray):
    years = values.astype("datetime64[Y]")
    months = values.astype("datetime64[M]")
    return (
        years.astype(np.int64) + 1970,
        (months - years.astype("datetime64[M]")).astype(np.int64) + 1,
        (values - months.astype("datetime64[D]")).astype(np.int64) + 1,
    )


def month_index(values: np.ndarray) -> np.ndarray:
    return values.astype("datetime64[M]").astype(np.int64)


def join_pairs(left: np.ndarray, right: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (i, j) with left[i] == right[j]: a many-to-many join on integer keys."""
    order = np.argsort(left, kind="stable")
    ordered = left[order]
    low = np.searchsorted(ordered, right, "left")
    counts = np.searchsorted(ordered, right, "right") - low
    j = np.repeat(np.arange(right.size), counts)
    offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    return order[np.repeat(low, counts) + offsets], j


@dataclass
class Bestand:
    """The benefits to compute, one row each, with the resident's registered household."""

    uitkering_id: np.ndarray
    inwoner_id: np.ndarray
    regeling: np.ndarray
    startdatum: np.ndarray  # datetime64[D]
    einddatum: np.ndarray  # datetime64[D], NaT while running
    geboortedatum: np.ndarray
    huishoudtype: np.ndarray
    kostendelers: np.ndarray


@dataclass
class Registraties:
    """Per-resident registrations that change the amount (any order, any residents)."""

    kind_inwoner: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    kind_geboortedatum: np.ndarray = field(default_factory=lambda: days([]))
    werk_inwoner: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    werk_start: np.ndarray = field(default_factory=lambda: days([]))
    werk_einde: np.ndarray = field(default_factory=lambda: days([]))
    werk_netto: np.ndarray = field(default_factory=lambda: np.empty(0))  # NaN = unknown
    vrijwilliger_inwoner: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    vrijwilliger_maand: np.ndarray = field(default_factory=lambda: days([]))
    vrijwilliger_bedrag: np.ndarray = field(default_factory=lambda: np.empty(0))
    vrijwilliger_kosten: np.ndarray = field(default_factory=lambda: np.empty(0))


@dataclass
class Berekening:
    """Inputs and outcome per benefit row; `bedrag` is the expected payment of the month."""

    maand: date
    bestand: Bestand
    peildatum: np.ndarray
    dagen: np.ndarray
    dagen_in_maand: int
    inputs: dict
    uitkomst: dict
    bedrag: np.ndarray
    inkomsten_onbekend: np.ndarray  # registered part-time work without an amount

    def __len__(self) -> int:
        return self.bedrag.size


def _children(bestand, registraties, peildatum, kind_limit):
    heeft = np.zeros(peildatum.size, bool)
    jong = np.zeros(peildatum.size, bool)
    b, k = join_pairs(bestand.inwoner_id, registraties.kind_inwoner)
    birth = registraties.kind_geboortedatum[k]
    born = birth <= peildatum[b]
    age = age_on(birth, peildatum[b])
    heeft[b[born & (age < 18)]] = True
    jong[b[born & (age < kind_limit)]] = True
    return heeft, jong


def _work(bestand, registraties, peildatum):
    netto = np.zeros(peildatum.size)
    first_month = np.full(peildatum.size, np.iinfo(np.int64).max)
    onbekend = np.zeros(peildatum.size, bool)
    b, w = join_pairs(bestand.inwoner_id, registraties.werk_inwoner)
    end = registraties.werk_einde[w]
    start = registraties.werk_start[w]
    running = (start <= peildatum[b]) & (np.isnat(end) | (end > peildatum[b]))
    b, w, start = b[running], w[running], start[running]
    amounts = registraties.werk_netto[w]
    onbekend[b[np.isnan(amounts)]] = True
    np.add.at(netto, b, np.nan_to_num(amounts))
    np.minimum.at(first_month, b, month_index(start))
    working = first_month != np.iinfo(np.int64).max
    maand = np.where(working, month_index(peildatum) - first_month + 1, 0)
    return netto, maand, onbekend


def _volunteering(bestand, registraties, maand_start):
    n = bestand.inwoner_id.size
    dit, eerder, kosten = np.zeros(n), np.zeros(n), np.zeros(n)
    b, v = join_pairs(bestand.inwoner_id, registraties.vrijwilliger_inwoner)
    month = registraties.vrijwilliger_maand[v]
    year_start = maand_start.astype("datetime64[Y]").astype("datetime64[D]")
    now = month == maand_start
    before = (month >= year_start) & (month < maand_start)
    np.add.at(dit, b[now], registraties.vrijwilliger_bedrag[v][now])
    np.add.at(kosten, b[now], registraties.vrijwilliger_kosten[v][now])
    np.add.at(eerder, b[before], registraties.vrijwilliger_bedrag[v][before])
    return dit, eerder, kosten


def bereken(maand: date, bestand: Bestand, registraties: Registraties | None = None) -> Berekening:
    """The expected payment of `maand` for each benefit of `bestand` (rows that do not run
    in the month get 0 days and amount 0)."""
    check_datum(maand.replace(day=1))
    registraties = registraties or Registraties()
    start, end = month_bounds(maand)
    peildatum = np.maximum(bestand.startdatum, start)
    until = np.where(np.isnat(bestand.einddatum), end, np.minimum(bestand.einddatum, end))
    dagen = np.maximum((until - peildatum) // DAY, 0)
    params = tax_benefit_system().parameters(str(start))
    kind_limit = params.participatiewet.vrijlating.alleenstaande_ouder.kind_jonger_dan
    heeft_kinderen, kind_jong = _children(bestand, registraties, peildatum, kind_limit)
    netto, maand_vrijlating, onbekend = _work(bestand, registraties, peildatum)
    maand_vrijlating = np.where(np.isin(bestand.regeling, ZONDER_VRIJLATING), 0, maand_vrijlating)
    vrijwilliger, eerder, kosten = _volunteering(bestand, registraties, start)
    leeftijd = np.maximum(age_on(bestand.geboortedatum, peildatum), 18)
    inputs = {
        "huishoudtype": bestand.huishoudtype.astype(str),
        "leeftijd": leeftijd,
        "leeftijd_partner": leeftijd,
        "aantal_kostendelers": bestand.kostendelers.astype(np.int64),
        "heeft_kinderen": heeft_kinderen | (bestand.huishoudtype == "alleenstaande_ouder"),
        "heeft_kind_onder_12": kind_jong,
        "netto_inkomsten": netto,
        "maand_vrijlating": maand_vrijlating,
        "medisch_urenbeperkt": np.zeros(peildatum.size, bool),
        "vrijwilligersvergoeding": vrijwilliger,
        "vrijwilligersvergoeding_eerder_dit_jaar": eerder,
        "vrijwilligerskosten_aangetoond": kosten,
    }
    count = peildatum.size
    uitkomst = (
        evaluate(maand, count, inputs, OUTPUTS) if count else {o: np.empty(0) for o in OUTPUTS}
    )
    days_in_month = int((end - start) // DAY)
    bedrag = round_cents(np.asarray(uitkomst["uitkering"], float) * dagen / days_in_month)
    return Berekening(
        maand.replace(day=1),
        bestand,
        peildatum,
        dagen,
        days_in_month,
        inputs,
        uitkomst,
        bedrag,
        onbekend,
    )
