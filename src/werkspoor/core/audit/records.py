# SPDX-License-Identifier: EUPL-1.2
"""Writing the hash-chained audit log.

Writers are serialised on the head row (AuditKop, locked FOR UPDATE on PostgreSQL; SQLite's
IMMEDIATE transactions lock the database) so that each record chains to exactly one
predecessor. The next number is one past the highest of the head row and the newest
checkpoint: deleting records, even with the head row reset, never makes a number be
handed out twice.
"""

from __future__ import annotations

import hashlib
import json
from contextvars import ContextVar
from dataclasses import dataclass
from functools import partial

from django.db import connection, transaction
from django.db.models.signals import post_save, pre_save
from django.utils import timezone

from werkspoor.core import trace
from werkspoor.core.models import AuditActie, AuditKop, AuditRecord

from . import checkpoints

GENESIS_HASH = checkpoints.GENESIS

# The columns a hash covers, in the order verification reads them from the database.
HASHED_COLUMNS = (
    "volgnummer",
    "tijdstip",
    "gebruiker",
    "actie",
    "inwoner_id",
    "object_id",
    "detail",
    "reden",
    "vorige_hash",
    "trace_id",
    "span_id",
)
# Added after the first records were written: they enter the hash only when filled, so that
# a record written before them keeps its hash.
_OPTIONAL = ("trace_id", "span_id")


def hash_values(values) -> str:
    """SHA-256 of a record's columns (a sequence in HASHED_COLUMNS order)."""
    payload = dict(zip(HASHED_COLUMNS, values, strict=True))
    payload["tijdstip"] = payload["tijdstip"].isoformat()
    for name in _OPTIONAL:
        if not payload[name]:
            del payload[name]
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record_hash(record: AuditRecord) -> str:
    return hash_values([getattr(record, name) for name in HASHED_COLUMNS])


# Resident ids audited during the current request (see middleware.py), or None outside one.
audited_residents: ContextVar[set | None] = ContextVar("werkspoor_audited", default=None)


def log(
    user,
    actie: AuditActie,
    inwoner_id: int | None = None,
    object_id: int | None = None,
    detail: dict | None = None,
    reden: str = "",
) -> AuditRecord:
    """Append one record to the chain and return it. Inside the caller's transaction: the
    record exists if and only if what it describes was committed."""
    context = trace.ensure()
    signed_in = user is not None and user.is_authenticated
    with transaction.atomic():
        number, previous = _next_number()
        record = AuditRecord(
            volgnummer=number,
            tijdstip=timezone.now(),
            user=user if signed_in else None,
            gebruiker=user.get_username() if signed_in else "",
            actie=actie,
            inwoner_id=inwoner_id,
            object_id=object_id,
            detail=detail or {},
            reden=reden,
            trace_id=context.trace_id,
            span_id=context.span_id,
            vorige_hash=previous,
        )
        record.hash = record_hash(record)
        _insert(record)
        with connection.cursor() as cursor:
            cursor.execute(_statements().update_head, [number, record.hash])
        if actie != AuditActie.CHECKPOINT_GESCHREVEN:  # a checkpoint's own record waits
            from .writer import checkpoint_if_due

            transaction.on_commit(partial(checkpoint_if_due, number, record.tijdstip))
    noted = audited_residents.get()
    if noted is not None and inwoner_id is not None:
        noted.add(inwoner_id)
    return record


def ensure_head() -> None:
    """Create the head row from the newest record when it is missing: after migrating (a
    post_migrate hook, also after a test database is emptied) and, as a fallback, on write."""
    if AuditKop.objects.filter(pk=1).exists():
        return
    last = AuditRecord.objects.order_by("-volgnummer").values_list("volgnummer", "hash")
    number, hash_ = last.first() or (0, GENESIS_HASH)
    AuditKop.objects.bulk_create(
        [AuditKop(pk=1, volgnummer=number, hash=hash_)], ignore_conflicts=True
    )


def lock_head() -> tuple[int, str]:
    """The head row's (number, hash), locked until the transaction ends."""
    with connection.cursor() as cursor:
        cursor.execute(_statements().lock_head)
        found = cursor.fetchone()
        if found is None:
            ensure_head()
            cursor.execute(_statements().lock_head)
            found = cursor.fetchone()
    return found[0], found[1]


@dataclass(frozen=True)
class _Statements:
    """The SQL of one write, made once per database vendor: compiling the same INSERT,
    SELECT and UPDATE through the ORM took most of the CPU of a record."""

    fields: tuple
    insert: str
    lock_head: str
    update_head: str


_made: dict[str, _Statements] = {}


def _statements() -> _Statements:
    made = _made.get(connection.vendor)
    if made is None:
        quote = connection.ops.quote_name
        fields = tuple(AuditRecord._meta.concrete_fields)
        table, head = quote(AuditRecord._meta.db_table), quote(AuditKop._meta.db_table)
        columns = ", ".join(quote(f.column) for f in fields)
        placeholders = ", ".join(["%s"] * len(fields))
        lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
        made = _made[connection.vendor] = _Statements(
            fields=fields,
            insert=f"INSERT INTO {table} ({columns}) VALUES ({placeholders})",
            lock_head=f"SELECT {quote('volgnummer')}, {quote('hash')} FROM {head} "
            f"WHERE {quote('id')} = 1{lock}",
            update_head=f"UPDATE {head} SET {quote('volgnummer')} = %s, {quote('hash')} = %s "
            f"WHERE {quote('id')} = 1",
        )
    return made


def _insert(record: AuditRecord) -> None:
    """INSERT the record as Model.save(force_insert=True) would, with the same pre_save and
    post_save signals (the logbook writes its lines on post_save), without the ORM compiling
    the statement anew for every record."""
    using = connection.alias
    signal = {"sender": AuditRecord, "instance": record, "raw": False, "using": using}
    pre_save.send(update_fields=None, **signal)
    statements = _statements()
    values = [f.get_db_prep_save(getattr(record, f.attname), connection) for f in statements.fields]
    with connection.cursor() as cursor:
        cursor.execute(statements.insert, values)
    record._state.adding, record._state.db = False, using
    post_save.send(created=True, update_fields=None, **signal)


def _next_number() -> tuple[int, str]:
    number, previous = lock_head()
    sealed = checkpoints.latest.get()
    if sealed is not None and sealed.volgnummer > number:
        number, previous = sealed.volgnummer, sealed.kop_hash
    return number + 1, previous
