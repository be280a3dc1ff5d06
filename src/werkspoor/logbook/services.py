# SPDX-License-Identifier: EUPL-1.2
"""Recording processings: `verwerking(...)` around the work, or `record(...)` after it.

One line per data subject, in the current trace (W3C Trace Context, werkspoor.core.trace):
the trace id and operation (span) id are those of the request or command, so the audit
record of the same act (who) and these lines (what, for whom, why) share their ids. A
caller's span from an incoming `traceparent` is kept as the foreign operation."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection
from django.utils import timezone

from werkspoor.core import trace
from werkspoor.registry.models import Inwoner

from . import export
from .chain import append
from .models import StatusCode, Verwerking
from .pseudonym import secret, subject
from .register import register


@dataclass
class Verzoek:
    """What the running request adds to its lines: when it started and, when a caller from
    outside sent a `traceparent`, who that caller is (a URI)."""

    start: datetime
    extern_entiteit: str = ""


_verzoek: ContextVar[Verzoek | None] = ContextVar("werkspoor_logboek_verzoek", default=None)


# Residents looked up by id per query: well below every database's parameter limit.
_ID_CHUNK = 5000


def _subjects(inwoners: Iterable[Inwoner | int | tuple[int, str]]) -> list[tuple[str, str]]:
    """(pseudonym, kind) per distinct resident; a resident is an Inwoner, its id, or an
    (id, BSN) pair from a query that already has both."""
    objects = [i for i in inwoners if isinstance(i, Inwoner)]
    pairs = [(o.pk, o.bsn) for o in objects] + [i for i in inwoners if isinstance(i, tuple)]
    known = {pk for pk, _ in pairs}
    ids = sorted({i for i in inwoners if isinstance(i, int)} - known)
    for start in range(0, len(ids), _ID_CHUNK):
        pairs += _bsns(ids[start : start + _ID_CHUNK])
    seen, result, key = set(), [], secret()
    for inwoner_id, bsn in pairs:
        if inwoner_id not in seen:
            seen.add(inwoner_id)
            result.append(subject(inwoner_id, bsn, key))
    return result


def _bsns(ids: list[int]) -> list[tuple[int, str | None]]:
    """(id, BSN) of the residents with these ids, in raw SQL: the dossier's audit record
    asks for one resident on every view, and the ORM took longer compiling the query than
    the database took answering it."""
    quote = connection.ops.quote_name
    table, pk = quote(Inwoner._meta.db_table), quote(Inwoner._meta.pk.column)
    bsn = quote(Inwoner._meta.get_field("bsn").column)
    placeholders = ", ".join(["%s"] * len(ids))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {pk}, {bsn} FROM {table} WHERE {pk} IN ({placeholders})", ids)
        return [(row[0], row[1]) for row in cursor.fetchall()]


def _per_subject(template: Verwerking, subjects: list[tuple[str, str]]) -> list[Verwerking]:
    """A copy of the template line per data subject. Built from positional values, Django's
    fast path: with keywords, making the objects took a third of the time of a processing
    that reads the whole registry."""
    names = [f.attname for f in Verwerking._meta.concrete_fields]
    values = [getattr(template, name) for name in names]
    who, kind_of = names.index("betrokkene"), names.index("betrokkene_soort")
    lines = []
    for pseudonym, kind in subjects:
        values[who], values[kind_of] = pseudonym, kind
        lines.append(Verwerking(*values))
    return lines


def record(
    activiteit_id: str,
    inwoners: Iterable[Inwoner | int | tuple[int, str]],
    naam: str,
    *,
    start: datetime | None = None,
    eind: datetime | None = None,
    status: int = StatusCode.OK,
    span: trace.TraceContext | None = None,
) -> list[Verwerking]:
    """Write one line per resident for a processing that has happened. Without `span` the
    processing is the running request or command itself (its trace and span ids)."""
    subjects = _subjects(list(inwoners))
    if not subjects:
        return []
    activiteit = register().get(activiteit_id)
    context = span or trace.ensure()
    verzoek = _verzoek.get()
    eind = eind or timezone.now()
    start = start or (verzoek.start if verzoek else eind)
    # A span continued from a caller's traceparent: the caller's operation is foreign.
    foreign = span is None and bool(context.parent_id)
    entiteit = verzoek.extern_entiteit if verzoek else ""
    template = Verwerking(
        trace_id=context.trace_id,
        span_id=context.span_id,
        parent_span_id=context.parent_id or "",
        naam=naam[:200],
        start=start,
        eind=eind,
        status=status,
        activiteit=activiteit.id,
        versie=activiteit.versie,
        extern_trace_id=context.trace_id if foreign else "",
        extern_span_id=context.parent_id if foreign else "",
        extern_entiteit=entiteit if foreign else "",
    )
    lines = _per_subject(template, subjects)
    append(lines)
    export.send(lines)
    return lines


@dataclass
class Lopend:
    """A processing in progress: add the residents it turns out to touch."""

    inwoners: list = field(default_factory=list)

    def add(self, *inwoners: Inwoner | int) -> None:
        self.inwoners.extend(inwoners)


@contextmanager
def verwerking(
    activiteit_id: str,
    naam: str,
    inwoners: Iterable[Inwoner | int] = (),
    *,
    eigen_span: bool = False,
) -> Iterator[Lopend]:
    """Log the work inside the block: status OK, or FOUT when it raises. With `eigen_span`
    the processing gets a span of its own under the current one (e.g. a call to another
    service, which receives that span as `traceparent`)."""
    lopend = Lopend(list(inwoners))
    span = trace.child() if eigen_span else None
    start = timezone.now()
    status = StatusCode.OK
    try:
        if span is not None:
            with trace.activated(span):
                yield lopend
        else:
            yield lopend
    except BaseException:
        status = StatusCode.FOUT
        raise
    finally:
        record(activiteit_id, lopend.inwoners, naam, start=start, status=status, span=span)


class LogboekMiddleware:
    """Notes when each request started, for the lines it writes."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _verzoek.set(Verzoek(timezone.now()))
        try:
            return self.get_response(request)
        finally:
            _verzoek.reset(token)


def record_every_resident(activiteit_id: str, naam: str) -> int:
    """A processing that reads the whole registry (the indicator engine): a line for every
    resident in it. Returns the number of lines."""
    residents = list(Inwoner.objects.order_by("pk").values_list("pk", "bsn"))
    return len(record(activiteit_id, residents, naam))


def note_caller(entiteit: str) -> None:
    """The running request comes from this caller (e.g. an API client's URI)."""
    verzoek = _verzoek.get()
    if verzoek is not None:
        verzoek.extern_entiteit = entiteit
