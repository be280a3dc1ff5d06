# SPDX-License-Identifier: EUPL-1.2
"""Writing and verifying the hash-chained audit log.

Writers are serialised (an advisory lock on PostgreSQL, SQLite's IMMEDIATE transactions)
so that each record chains to exactly one predecessor.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone

from .models import AuditActie, AuditRecord

GENESIS_HASH = "0" * 64
_PG_LOCK_KEY = 74112024  # any constant; names the audit log's advisory lock


def record_hash(record: AuditRecord) -> str:
    payload = {
        "volgnummer": record.volgnummer,
        "tijdstip": record.tijdstip.isoformat(),
        "gebruiker": record.gebruiker,
        "actie": record.actie,
        "inwoner_id": record.inwoner_id,
        "object_id": record.object_id,
        "detail": record.detail,
        "reden": record.reden,
        "vorige_hash": record.vorige_hash,
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def log(
    user,
    actie: AuditActie,
    inwoner_id: int | None = None,
    object_id: int | None = None,
    detail: dict | None = None,
    reden: str = "",
) -> AuditRecord:
    """Append one record to the chain and return it."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_PG_LOCK_KEY])
        last = AuditRecord.objects.order_by("-volgnummer").values("volgnummer", "hash").first()
        record = AuditRecord(
            volgnummer=(last["volgnummer"] + 1) if last else 1,
            tijdstip=timezone.now(),
            user=user if user is not None and user.is_authenticated else None,
            gebruiker=user.get_username() if user is not None and user.is_authenticated else "",
            actie=actie,
            inwoner_id=inwoner_id,
            object_id=object_id,
            detail=detail or {},
            reden=reden,
            vorige_hash=last["hash"] if last else GENESIS_HASH,
        )
        record.hash = record_hash(record)
        record.save(force_insert=True)
    return record


@dataclass(frozen=True)
class ChainReport:
    checked: int
    broken_at: int | None = None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify_chain(batch_size: int = 5000) -> ChainReport:
    """Walk the log in order; report the first record whose link or hash does not hold."""
    expected_previous, expected_number, checked = GENESIS_HASH, 1, 0
    records = AuditRecord.objects.order_by("volgnummer")
    for record in records.iterator(chunk_size=batch_size):
        if record.volgnummer != expected_number:
            return ChainReport(
                checked,
                expected_number,
                f"record {expected_number} ontbreekt (volgende is {record.volgnummer})",
            )
        if record.vorige_hash != expected_previous:
            return ChainReport(checked, record.volgnummer, "verwijst niet naar het vorige record")
        if record_hash(record) != record.hash:
            return ChainReport(checked, record.volgnummer, "inhoud is gewijzigd (hash klopt niet)")
        expected_previous, expected_number = record.hash, expected_number + 1
        checked += 1
    return ChainReport(checked)
