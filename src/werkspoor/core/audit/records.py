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
from functools import partial

from django.db import transaction
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
        record.save(force_insert=True)
        AuditKop.objects.filter(pk=1).update(volgnummer=number, hash=record.hash)
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
    head = AuditKop.objects.select_for_update().filter(pk=1).values_list("volgnummer", "hash")
    found = head.first()
    if found is None:
        ensure_head()
        found = head.first()
    return found


def _next_number() -> tuple[int, str]:
    number, previous = lock_head()
    sealed = checkpoints.latest.get()
    if sealed is not None and sealed.volgnummer > number:
        number, previous = sealed.volgnummer, sealed.kop_hash
    return number + 1, previous
