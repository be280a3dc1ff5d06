# SPDX-License-Identifier: EUPL-1.2
"""Sealing the audit log: write the next checkpoint after every N records or T seconds
(WERKSPOOR_AUDIT_CHECKPOINT_RECORDS / _SECONDS), at every verification, and on demand
(`werkspoor audit-checkpoint`, e.g. from cron).

Before signing, the writer checks the new segment: every number present, each record
chained to the one before and to the previous checkpoint's head, each hash matching its
content. A segment that fails is never signed (CheckpointRefused names the record).
"""

from __future__ import annotations

import logging
import time
from datetime import datetime

from django.conf import settings
from django.db import transaction

from werkspoor.core.models import AuditActie, AuditRecord

from . import checkpoints, keys
from .checkpoints import Checkpoint
from .records import HASHED_COLUMNS, hash_values, lock_head, log

logger = logging.getLogger(__name__)


class CheckpointRefused(Exception):
    """The log does not continue the previous checkpoint; the message names the record."""


def interval() -> tuple[int, int]:
    return settings.WERKSPOOR_AUDIT_CHECKPOINT_RECORDS, settings.WERKSPOOR_AUDIT_CHECKPOINT_SECONDS


# After a refusal this process tries again once the time interval has passed, not after every
# record: a refused segment stays refused until someone repairs the log, and each attempt
# reads the whole unsealed tail (on a log of 300,000 records that tripled every request's
# processor time).
_refused_until = 0.0


def checkpoint_if_due(number: int, moment: datetime) -> None:
    """Called after a record is committed: seal when the interval has passed. Never raises:
    the action the record describes has happened; a failure is logged and shows up in
    `werkspoor audit-verify` as a tail without checkpoint."""
    global _refused_until
    if not keys.can_sign():
        return
    records, seconds = interval()
    if time.monotonic() < _refused_until:
        return
    newest = checkpoints.latest.get()
    if newest is not None:
        due = number - newest.volgnummer >= records or (
            (moment - newest.moment).total_seconds() >= seconds
        )
        if not due:
            return
    try:
        write_checkpoint()
    except (CheckpointRefused, keys.KeyConfigError, OSError) as error:
        _refused_until = time.monotonic() + seconds
        logger.error(
            "Auditlog: geen checkpoint geschreven: %s (volgende poging over %d s)", error, seconds
        )


def forget_refusal() -> None:
    """Try again at the next record (the tests start every test afresh)."""
    global _refused_until
    _refused_until = 0.0


def write_checkpoint(force: bool = False, bewaard_vanaf: int | None = None) -> Checkpoint | None:
    """Seal every record since the previous checkpoint and return the new checkpoint (None
    when nothing but the previous checkpoint's own record is new and `force` is off).
    `bewaard_vanaf` records that checkpoints before that number, with their records, may be
    removed (retention.py)."""
    private_key = keys.signing_key()
    public_key = private_key.public_key()
    directory = checkpoints.checkpoint_dir()
    with transaction.atomic():
        head_number, head_hash = lock_head()
        previous = _previous(directory, public_key)
        _check_no_checkpoint_lost(previous)
        sealed_until = previous.volgnummer if previous else 0
        own_record = 1 if previous else 0  # the record naming the previous checkpoint
        if head_number <= sealed_until + own_record and not force and bewaard_vanaf is None:
            return None
        if head_number < sealed_until:
            raise CheckpointRefused(
                f"de kop van het auditlog (record {head_number}) ligt vóór checkpoint "
                f"{previous.nummer} (tot record {sealed_until}): de database is teruggezet"
            )
        start_hash = previous.kop_hash if previous else checkpoints.GENESIS
        hashes = _checked_segment(sealed_until + 1, head_number, start_hash)
        if head_number > sealed_until and hashes[-32:].hex() != head_hash:
            raise CheckpointRefused(f"record {head_number} past niet bij de kop van het auditlog")
        records, seconds = interval()
        retention = max(bewaard_vanaf or 1, previous.bewaard_vanaf_checkpoint if previous else 1)
        checkpoint = Checkpoint(
            nummer=(previous.nummer if previous else 0) + 1,
            vorige_checkpoint=previous.hash if previous else checkpoints.GENESIS,
            eerste_volgnummer=sealed_until + 1,
            volgnummer=head_number,
            vorige_kop_hash=start_hash,
            kop_hash=head_hash if head_number > sealed_until else start_hash,
            tijdstip=checkpoints.now_iso(),
            bewaard_vanaf_checkpoint=retention,
            interval_records=records,
            interval_seconden=seconds,
            record_hashes=hashes,
            sleutel=keys.key_id(public_key),
        )
        checkpoints.publish(checkpoint, checkpoints.sign(checkpoint, private_key), directory)
        log(
            None,
            AuditActie.CHECKPOINT_GESCHREVEN,
            detail={"checkpoint": checkpoint.nummer, "hash": checkpoint.hash},
        )
    return checkpoint


def _previous(directory, public_key) -> Checkpoint | None:
    """The newest checkpoint on disk, read afresh and checked with our own key: the writer
    never builds on a checkpoint it cannot vouch for."""
    numbers = checkpoints.numbers_in(directory)
    if not numbers:
        return None
    try:
        signed = checkpoints.read(directory / checkpoints.file_name(numbers[-1]))
    except checkpoints.CheckpointError as error:
        raise CheckpointRefused(str(error)) from None
    holds = signed.signature_holds({keys.key_id(public_key): public_key})
    if not holds:
        raise CheckpointRefused(
            f"checkpoint {numbers[-1]} is niet met deze sleutel ondertekend of is gewijzigd"
        )
    return signed.checkpoint


def _check_no_checkpoint_lost(previous: Checkpoint | None) -> None:
    """The log names every checkpoint written; a newer one than the folder's newest was
    removed, and numbering on from the folder would hide that."""
    mentioned = (
        AuditRecord.objects.filter(actie=AuditActie.CHECKPOINT_GESCHREVEN)
        .order_by("-volgnummer")
        .values_list("volgnummer", "detail")
        .first()
    )
    newest = previous.nummer if previous else 0
    if mentioned and int(mentioned[1]["checkpoint"]) > newest:
        raise CheckpointRefused(
            f"checkpoint {mentioned[1]['checkpoint']} ontbreekt in de map "
            f"(record {mentioned[0]} vermeldt het)"
        )


def _checked_segment(first: int, last: int, start_hash: str) -> bytes:
    """The 32-byte hashes of records first..last, after checking number, link and content."""
    rows = (
        AuditRecord.objects.filter(volgnummer__gte=first, volgnummer__lte=last)
        .order_by("volgnummer")
        .values_list("hash", *HASHED_COLUMNS)
    )
    expected_number, previous_hash, digests = first, start_hash, []
    for stored_hash, *values in rows.iterator(chunk_size=2000):
        number = values[0]
        if number != expected_number:
            raise CheckpointRefused(f"record {expected_number} ontbreekt")
        if values[HASHED_COLUMNS.index("vorige_hash")] != previous_hash:
            raise CheckpointRefused(f"record {number} sluit niet aan op record {number - 1}")
        if hash_values(values) != stored_hash:
            raise CheckpointRefused(f"record {number} is gewijzigd (hash klopt niet)")
        digests.append(bytes.fromhex(stored_hash))
        previous_hash, expected_number = stored_hash, number + 1
    if expected_number != last + 1:
        raise CheckpointRefused(f"record {expected_number} ontbreekt")
    return b"".join(digests)
