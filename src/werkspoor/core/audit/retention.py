# SPDX-License-Identifier: EUPL-1.2
"""Removing audit records after their retention period without breaking verification of
the rest (`werkspoor audit-opschonen`).

Whole segments go: the records and the checkpoints sealed before a date. First the log is
verified (tampered evidence is never removed), then a record of the removal is written and
sealed in a new checkpoint that says, signed, from which checkpoint on everything must still
be there (`bewaard_vanaf_checkpoint`); only then are the records and the old checkpoint
files removed. A verifier accepts their absence because of that signed statement; nobody
without the key can make the same claim, so a database administrator who removes old
records is still caught.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import connection, transaction

from werkspoor.core import append_only
from werkspoor.core.models import AuditActie, AuditRecord

from . import checkpoints
from .records import log
from .verify import verify
from .writer import CheckpointRefused, write_checkpoint


@dataclass(frozen=True)
class RetentionPlan:
    grens: datetime
    checkpoints: list[int]  # the checkpoint files that go
    records_below: int  # records with a lower number go
    records: int  # how many records that is

    @property
    def empty(self) -> bool:
        return not self.checkpoints


def plan(grens: datetime) -> RetentionPlan:
    """Every checkpoint sealed before `grens` and the records they sealed, so that what
    stays starts at a segment boundary. Refused when the log is not intact."""
    result = verify()
    if not result.intact:
        raise CheckpointRefused(
            f"het auditlog is niet intact ({result.problem}); niets opgeschoond"
        )
    expired = [c for c in result.checkpoints if c.moment < grens]
    if not expired:
        return RetentionPlan(grens, [], 0, 0)
    records_below = expired[-1].volgnummer + 1
    count = AuditRecord.objects.filter(volgnummer__lt=records_below).count()
    return RetentionPlan(grens, [c.nummer for c in expired], records_below, count)


def remove_expired(grens: datetime) -> RetentionPlan:
    retention = plan(grens)
    if retention.empty:
        return retention
    keep_from = retention.checkpoints[-1] + 1
    log(
        None,
        AuditActie.AUDITLOG_OPGESCHOOND,
        detail={
            "grens": grens.isoformat(),
            "checkpoints": [retention.checkpoints[0], retention.checkpoints[-1]],
            "records_tot": retention.records_below,
            "aantal": retention.records,
        },
    )
    write_checkpoint(bewaard_vanaf=keep_from)
    with transaction.atomic():
        append_only.uninstall(connection)
        with connection.cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {append_only.TABLE} WHERE volgnummer < %s",
                [retention.records_below],
            )
        append_only.install(connection)
    directory = checkpoints.checkpoint_dir()
    for nummer in retention.checkpoints:
        (directory / checkpoints.file_name(nummer)).unlink(missing_ok=True)
    checkpoints.latest.forget()
    return retention
