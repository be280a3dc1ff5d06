# SPDX-License-Identifier: EUPL-1.2
"""The caseload of one werkcoach on a day: residents with a running benefit assigned to them.

A fixed number of queries whatever the caseload's size: the residents with their
annotations, their children's birth dates and their running trajecten (see the query-count
tests).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.formats import number_format
from django.utils.text import capfirst

from werkspoor.planning.services import next_appointments_of
from werkspoor.registry.choices import Arrangement, Werkdienstverlening
from werkspoor.registry.models import (
    ArrangementPeriode,
    Contactmoment,
    Doel,
    Inwoner,
    Kind,
    Toewijzing,
    Traject,
    Uitkering,
    Werkcoach,
)
from werkspoor.registry.services import running_on

from .caseload_signals import Signaal, apply_signals

DOELGROEP_LABELS = {
    "jongere": "Jongere",
    "gezin_met_kinderen": "Gezin met kinderen",
    "structurele_arbeidsbeperking": "Arbeidsbeperking",
    "inburgeraar_statushouder": "Inburgeraar/statushouder",
}
PAGE_SIZES = (25, 50, 100)
SORT_KEYS = {
    "naam": lambda row: (row.inwoner.achternaam.lower(), row.inwoner.voornaam.lower()),
    "leeftijd": lambda row: row.leeftijd,
    "wijk": lambda row: row.inwoner.wijk,
    "arrangement": lambda row: row.arrangement or 0,
    "contact": lambda row: -1 if row.dagen_sinds_contact is None else row.dagen_sinds_contact,
    "doelen": lambda row: row.actieve_doelen,
    # Ascending: the soonest appointment first, residents without one last.
    "afspraak": lambda row: row.afspraak_sortkey,
}


@dataclass
class CaseloadRow:
    inwoner: Inwoner
    leeftijd: int
    arrangement: int | None
    doelgroepen: list[str]
    werkdienstverlening: str
    dagen_sinds_contact: int | None
    actieve_doelen: int
    lopende_trajecten: list[Traject]
    signalen: list[Signaal] = field(default_factory=list)
    volgende_afspraak: object | None = None  # planning.Afspraak

    @property
    def afspraak_label(self) -> str:
        afspraak = self.volgende_afspraak
        if afspraak is None:
            return "geen"
        return f"{afspraak.datum:%d-%m-%Y} {afspraak.tijd:%H:%M} ({afspraak.kort})"

    @property
    def afspraak_sortkey(self) -> tuple:
        afspraak = self.volgende_afspraak
        return (0, afspraak.datum, afspraak.tijd) if afspraak else (1,)

    @property
    def arrangement_label(self) -> str:
        return Arrangement(self.arrangement).label if self.arrangement else "geen"

    # Ready-made cell texts: one template lookup per cell instead of loops and filters
    # per row (the caseload table is the workspace's largest page).
    @property
    def dossier_url(self) -> str:
        return f"/inwoners/{self.inwoner.pk}/"

    @property
    def contact_label(self) -> str:
        return (
            "nooit" if self.dagen_sinds_contact is None else number_format(self.dagen_sinds_contact)
        )

    @property
    def werkdienstverlening_label(self) -> str:
        return capfirst(self.werkdienstverlening)

    @property
    def trajecten_label(self) -> str:
        return ", ".join(t.get_instrument_display() for t in self.lopende_trajecten) or "—"

    @property
    def doelgroep_labels(self) -> list[str]:
        return [DOELGROEP_LABELS[g] for g in self.doelgroepen]

    @property
    def signaal_codes(self) -> set[str]:
        return {s.code for s in self.signalen}


@dataclass(frozen=True)
class CaseloadFilter:
    wijk: str = ""
    arrangement: int | None = None
    werkdienstverlening: str = ""
    signaal: str = ""
    sort: str = "naam"
    descending: bool = False

    def matches(self, row: CaseloadRow) -> bool:
        return (
            (not self.wijk or row.inwoner.wijk == self.wijk)
            and (self.arrangement is None or row.arrangement == self.arrangement)
            and (
                not self.werkdienstverlening or row.werkdienstverlening == self.werkdienstverlening
            )
            and (not self.signaal or self.signaal in row.signaal_codes)
        )


def caseload_queryset(werkcoach: Werkcoach, day: date):
    """Start from the coach's running assignments (index on werkcoach), not from every
    resident: an EXISTS per resident made SQLite scan the whole registry."""
    return _caseload_queryset(werkcoach.pk, day).all()  # a fresh copy: nothing read yet


# Building this queryset (three subqueries, four date conditions) costs ~3 ms of CPU, more
# than running it; it depends on the coach and the day only, so each process builds it once
# per coach and day and hands out copies. Only the query is kept, never what it read.
@lru_cache(maxsize=512)
def _caseload_queryset(werkcoach_id: int, day: date):
    assigned = Toewijzing.objects.filter(running_on(day), werkcoach_id=werkcoach_id).values(
        "inwoner_id"
    )
    with_benefit = Uitkering.objects.filter(running_on(day), inwoner=OuterRef("pk"))
    return annotated(Inwoner.objects.filter(pk__in=assigned).filter(Exists(with_benefit)), day)


def annotated(inwoners, day: date, *, trajecten: bool = True):
    """Residents with what a caseload row shows, in one query plus a prefetch of their running
    trajecten (the children come from `children_birth_dates`). Without `trajecten` the
    caller sets `lopende_trajecten` itself (the dossier, which reads them all anyway)."""
    last_contact = (
        Contactmoment.objects.filter(inwoner=OuterRef("pk"), datum__lte=day)
        .order_by("-datum")
        .values("datum")[:1]
    )
    arrangement = ArrangementPeriode.objects.filter(running_on(day), inwoner=OuterRef("pk"))
    active_goals = (
        Doel.objects.filter(inwoner=OuterRef("pk"), startdatum__lte=day)
        .filter(Q(status="actief") | Q(statusdatum__gt=day))
        .order_by()
        .values("inwoner")
        .annotate(n=Count("pk"))
        .values("n")
    )
    inwoners = inwoners.annotate(
        laatste_contact=Subquery(last_contact),
        arrangement_nu=Subquery(arrangement.values("arrangement")[:1]),
        actieve_doelen=Coalesce(Subquery(active_goals, output_field=IntegerField()), 0),
    )
    if not trajecten:
        return inwoners
    return inwoners.prefetch_related(
        Prefetch(
            "trajecten",
            queryset=Traject.objects.filter(running_on(day)).order_by("startdatum"),
            to_attr="lopende_trajecten",
        ),
    )


def children_birth_dates(inwoner_ids: list[int]) -> dict[int, list[date]]:
    """The children's birth dates per resident, in one query (plain values: the doelgroep
    check needs nothing else, and a related manager per row costs more than the row)."""
    born: dict[int, list[date]] = {}
    rows = Kind.objects.filter(inwoner_id__in=inwoner_ids).values_list(
        "inwoner_id", "geboortedatum"
    )
    for inwoner_id, geboortedatum in rows:
        born.setdefault(inwoner_id, []).append(geboortedatum)
    return born


def row_for(inwoner: Inwoner, day: date, kind_geboortedata: list[date]) -> CaseloadRow:
    contact = inwoner.laatste_contact
    doelgroepen = inwoner.doelgroepen_op(day, kind_geboortedata)
    return CaseloadRow(
        inwoner=inwoner,
        leeftijd=inwoner.leeftijd_op(day),
        arrangement=inwoner.arrangement_nu,
        doelgroepen=doelgroepen,
        werkdienstverlening=inwoner.werkdienstverlening_op(day, doelgroepen),
        dagen_sinds_contact=(day - contact).days if contact else None,
        actieve_doelen=inwoner.actieve_doelen,
        lopende_trajecten=inwoner.lopende_trajecten,
    )


def rows_for(inwoners, day: date) -> list[CaseloadRow]:
    """Caseload rows with their signals for residents from `annotated`."""
    inwoners = list(inwoners)
    born = children_birth_dates([inwoner.pk for inwoner in inwoners])
    rows = [row_for(inwoner, day, born.get(inwoner.pk, [])) for inwoner in inwoners]
    upcoming = next_appointments_of([row.inwoner for row in rows], day)
    for row in rows:
        row.volgende_afspraak = upcoming.get(row.inwoner.pk)
    apply_signals(rows, day)
    return rows


def caseload(werkcoach: Werkcoach, day: date) -> list[CaseloadRow]:
    """Every row of the caseload, with its signals, in no particular order."""
    return rows_for(caseload_queryset(werkcoach, day), day)


def filter_and_sort(rows: list[CaseloadRow], filters: CaseloadFilter) -> list[CaseloadRow]:
    kept = [row for row in rows if filters.matches(row)]
    kept.sort(key=SORT_KEYS.get(filters.sort, SORT_KEYS["naam"]), reverse=filters.descending)
    return kept


def signal_choices(rows: list[CaseloadRow]) -> list[tuple[str, str]]:
    """The kinds of signal present, for the filter (labels without row-specific dates)."""
    seen = {}
    for row in rows:
        for signaal in row.signalen:
            seen.setdefault(signaal.code, signaal.label.split(":")[0].split(" per ")[0])
    return sorted(seen.items(), key=lambda item: item[1])


def werkdienstverlening_label(code: str) -> str:
    return Werkdienstverlening(code).label
