# SPDX-License-Identifier: EUPL-1.2
"""The resident file: everything registered about one resident, as sections and a timeline.

One query per kind of registration, whatever the history's length.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import connection
from django.utils import timezone
from django.utils.text import Truncator

from werkspoor.core.corrections import history
from werkspoor.employers.models import Ontmoeting, Plaatsing
from werkspoor.registry.models import (
    ArrangementPeriode,
    Contactmoment,
    Deeltijdwerk,
    Doel,
    Inwoner,
    Toewijzing,
    Traject,
    Uitkering,
)
from werkspoor.registry.services import runs_on

from .caseload import CaseloadRow, annotated, rows_for
from .caseload_signals import Signaal
from .dossier_sections import benefit_amounts

NOTE_PREVIEW_WORDS = 30
CORRECTION_LABELS = {"gecorrigeerd": "gecorrigeerd", "ingetrokken": "ingetrokken"}


@dataclass(frozen=True)
class Gebeurtenis:
    datum: date
    soort: str
    tekst: str
    notitie: str = ""  # the start of a contact note; the whole note is on `url`
    url: str = ""

    # The dates as the timeline shows them (what |date:"Y-m-d" and "d-m-Y" give, without the
    # date filter's general formatter: a long file has a few hundred of them).
    @property
    def datum_iso(self) -> str:
        return self.datum.isoformat()

    @property
    def datum_tekst(self) -> str:
        return f"{self.datum.day:02d}-{self.datum.month:02d}-{self.datum.year:04d}"


@dataclass
class Dossier:
    inwoner: Inwoner
    uitkeringen: list
    arrangementen: list
    toewijzingen: list
    doelen: list
    trajecten: list
    deeltijdwerk: list
    contactmomenten: list
    ontmoetingen: list
    plaatsingen: list
    signalen: list[Signaal]
    row: CaseloadRow
    correcties: list
    bedragen: dict[int, str] | None = None

    @property
    def lopend_arrangement(self):
        return next((a for a in self.arrangementen if a.einddatum is None), None)

    @property
    def lopende_toewijzing(self):
        return next((t for t in self.toewijzingen if t.einddatum is None), None)

    def tijdlijn(self) -> list[Gebeurtenis]:
        events: list[Gebeurtenis] = []
        for u in self.uitkeringen:
            events.append(
                Gebeurtenis(u.startdatum, "Uitkering", f"{u.get_regeling_display()} gestart")
            )
            if u.einddatum:
                reden = u.get_reden_beeindiging_display().lower()
                tekst = f"{u.get_regeling_display()} beëindigd per deze dag ({reden})"
                events.append(Gebeurtenis(u.einddatum, "Uitkering", tekst))
        for a in self.arrangementen:
            reden = f" — {a.reden}" if a.reden else ""
            events.append(
                Gebeurtenis(
                    a.startdatum, "Arrangement", f"Arrangement {a.get_arrangement_display()}{reden}"
                )
            )
        for t in self.toewijzingen:
            events.append(
                Gebeurtenis(t.startdatum, "Werkcoach", f"Toegewezen aan {t.werkcoach.naam}")
            )
        for d in self.doelen:
            events.append(
                Gebeurtenis(d.startdatum, "Doel", f"Doel {d.get_soort_display().lower()} gestart")
            )
            if d.status != "actief":
                events.append(
                    Gebeurtenis(
                        d.statusdatum, "Doel", f"Doel {d.get_soort_display().lower()} {d.status}"
                    )
                )
        for t in self.trajecten:
            events.append(
                Gebeurtenis(t.startdatum, "Traject", f"{t.get_instrument_display()} gestart")
            )
            if t.einddatum:
                resultaat = f" ({t.get_resultaat_display().lower()})" if t.resultaat else ""
                events.append(
                    Gebeurtenis(
                        t.einddatum, "Traject", f"{t.get_instrument_display()} beëindigd{resultaat}"
                    )
                )
        for w in self.deeltijdwerk:
            events.append(
                Gebeurtenis(w.startdatum, "Deeltijdwerk", "Deeltijdwerk naast de uitkering gestart")
            )
        for c in self.contactmomenten:
            coach = f" met {c.werkcoach.naam}" if c.werkcoach else ""
            events.append(
                Gebeurtenis(
                    c.datum,
                    "Contact",
                    f"Contact {c.get_kanaal_display().lower()}{coach}",
                    notitie=Truncator(c.notitie).words(NOTE_PREVIEW_WORDS),
                    url=f"/inwoners/{self.inwoner.pk}/contacten/{c.pk}/",
                )
            )
        for record in self.correcties:
            wat = record.detail.get("soort", "").split(".")[-1] or "registratie"
            events.append(
                Gebeurtenis(
                    timezone.localtime(record.tijdstip).date(),
                    "Correctie",
                    f"{wat.capitalize()} {CORRECTION_LABELS.get(record.actie, record.actie)} "
                    f"door {record.gebruiker or 'onbekend'}: {record.reden}",
                )
            )
        for o in self.ontmoetingen:
            events.append(Gebeurtenis(o.datum, "Ontmoeting", f"Ontmoeting met {o.werkgever.naam}"))
        for p in self.plaatsingen:
            events.append(
                Gebeurtenis(p.datum, "Plaatsing", f"{p.get_soort_display()} bij {p.werkgever.naam}")
            )
        return sorted(events, key=lambda e: e.datum, reverse=True)


class _OfResident:
    """One resident's rows of a model, in a fixed order, optionally with one foreign key
    joined (`related`, as select_related): the query is compiled to SQL once and its rows
    are turned into instances as the ORM does (same converters, same cached relations).
    Compiling took longer than running the query, for the handful of rows of one file."""

    _PLACEHOLDER = -7_654_321

    def __init__(self, model, *order_by: str, related: str | None = None, via: str = "inwoner"):
        self.model, self.order_by, self.related, self.via = model, order_by, related, via
        self._made: dict[str, tuple] = {}

    def _make(self) -> tuple:
        query = self.model.objects.filter(**{f"{self.via}_id": self._PLACEHOLDER})
        query = query.order_by(*self.order_by)
        if self.related:
            query = query.select_related(self.related)
        compiler = query.query.get_compiler(connection.alias)
        sql, params = compiler.as_sql()
        if params != (self._PLACEHOLDER,):  # pragma: no cover - a changed query
            raise ValueError(f"{self.model.__name__}: onverwachte parameters {params}")
        converters = compiler.get_converters([column for column, _, _ in compiler.select])
        info = compiler.klass_info
        parts = [(self.model, info["select_fields"], None)]
        for related in info.get("related_klass_infos", ()):
            parts.append((related["model"], related["select_fields"], related["field"]))
        hydrate = []
        for model, indexes, field in parts:
            names = [compiler.select[i][0].target.attname for i in indexes]
            pk_at = names.index(model._meta.pk.attname)
            hydrate.append((model, indexes, names, pk_at, field))
        made = self._made[connection.vendor] = (sql, converters, hydrate)
        return made

    def __call__(self, inwoner: Inwoner | int) -> list:
        """The rows of a resident; of an id, without the resident cached on them."""
        sql, converters, hydrate = self._made.get(connection.vendor) or self._make()
        with connection.cursor() as cursor:
            cursor.execute(sql, [getattr(inwoner, "pk", inwoner)])
            rows = cursor.fetchall()
        if converters:
            rows = list(_convert(rows, converters))
        db, via = connection.alias, self.model._meta.get_field(self.via)
        (model, indexes, names, _, _), *joined = hydrate
        result = []
        for row in rows:
            obj = model.from_db(db, names, [row[i] for i in indexes])
            for other, other_indexes, other_names, pk_at, field in joined:
                values = [row[i] for i in other_indexes]
                found = None if values[pk_at] is None else other.from_db(db, other_names, values)
                field.set_cached_value(obj, found)
            if not isinstance(inwoner, int):
                via.set_cached_value(obj, inwoner)
            result.append(obj)
        return result


def _convert(rows, converters):
    """The ORM's converters applied to raw rows (SQLCompiler.apply_converters)."""
    for row in rows:
        row = list(row)
        for pos, (functions, expression) in converters.items():
            value = row[pos]
            for function in functions:
                value = function(value, expression, connection)
            row[pos] = value
        yield row


_uitkeringen = _OfResident(Uitkering, "-startdatum")
_arrangementen = _OfResident(ArrangementPeriode, "-startdatum")
_toewijzingen = _OfResident(Toewijzing, "-startdatum", related="werkcoach")
_doelen = _OfResident(Doel, "-startdatum", "-pk")
_trajecten = _OfResident(Traject, "-startdatum", "-pk")
_deeltijdwerk = _OfResident(Deeltijdwerk, "-startdatum")
_contactmomenten = _OfResident(Contactmoment, "-datum", "-pk", related="werkcoach")
_ontmoetingen = _OfResident(Ontmoeting, "-datum", related="werkgever")
_plaatsingen = _OfResident(Plaatsing, "-datum", related="werkgever")


def resident_assignments(inwoner_id: int) -> list[Toewijzing]:
    """All werkcoach assignments of a resident, newest first, with their werkcoach: the
    dossier view reads them before access is decided (the current one decides it) and hands
    them to load_dossier."""
    return _toewijzingen(inwoner_id)


def running(periods: list, day: date) -> list:
    """The periods (newest first, as read here) running on `day`, oldest first."""
    return [period for period in reversed(periods) if runs_on(period, day)]


def load_dossier(inwoner_id: int, day: date, toewijzingen: list | None = None) -> Dossier:
    inwoner = annotated(Inwoner.objects.filter(pk=inwoner_id), day, trajecten=False).get()
    trajecten = _trajecten(inwoner)
    # the running ones from all of them, not a query of their own (as annotated's prefetch)
    inwoner.lopende_trajecten = sorted(running(trajecten, day), key=lambda t: t.startdatum)
    (row,) = rows_for([inwoner], day)
    if toewijzingen is None:
        toewijzingen = _toewijzingen(inwoner)
    else:
        via = Toewijzing._meta.get_field("inwoner")
        for toewijzing in toewijzingen:
            via.set_cached_value(toewijzing, inwoner)
    dossier = Dossier(
        inwoner=inwoner,
        uitkeringen=_uitkeringen(inwoner),
        arrangementen=_arrangementen(inwoner),
        toewijzingen=toewijzingen,
        doelen=_doelen(inwoner),
        trajecten=trajecten,
        deeltijdwerk=_deeltijdwerk(inwoner),
        contactmomenten=_contactmomenten(inwoner),
        ontmoetingen=_ontmoetingen(inwoner),
        plaatsingen=_plaatsingen(inwoner),
        signalen=row.signalen,
        row=row,
        correcties=history(inwoner.pk),
    )
    dossier.bedragen = benefit_amounts(dossier.uitkeringen, day)
    for uitkering in dossier.uitkeringen if dossier.bedragen is not None else ():
        uitkering.bedrag_tekst = dossier.bedragen.get(uitkering.pk, "—")
    return dossier
