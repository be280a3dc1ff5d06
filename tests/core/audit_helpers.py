# SPDX-License-Identifier: EUPL-1.2
"""Building a sealed audit log in a test, and tampering with it as a database administrator
would (triggers dropped, rows changed by SQL, hashes recomputed with record_hash)."""

from __future__ import annotations

from django.db import connection

from werkspoor.cli import main
from werkspoor.core import append_only, audit
from werkspoor.core.audit.writer import write_checkpoint
from werkspoor.core.models import AuditActie, AuditRecord


def sealed_log(user, rounds: int = 3, per_round: int = 50) -> list:
    """`rounds` times: `per_round` records, then a checkpoint (whose own record follows it).
    With the defaults: checkpoint 1 seals 1-50, 2 seals 51-101, 3 seals 102-152; record 153
    names checkpoint 3."""
    sealed = []
    for _ in range(rounds):
        for n in range(per_round):
            audit.log(user, AuditActie.DOSSIER_BEKEKEN, inwoner_id=n + 1)
        sealed.append(write_checkpoint())
    return sealed


def as_dba(*statements: tuple[str, list]) -> None:
    """Run SQL with the append-only triggers dropped, then put them back."""
    append_only.uninstall(connection)
    try:
        with connection.cursor() as cursor:
            for sql, params in statements:
                cursor.execute(sql, params)
    finally:
        append_only.install(connection)


def delete_from(number: int) -> None:
    as_dba(("DELETE FROM core_auditrecord WHERE volgnummer >= %s", [number]))


def rewrite_from(number: int, **changes) -> None:
    """Change record `number` and recompute the plain hash chain from there to the end, and
    the head row with it: everything the database alone can vouch for stays consistent."""
    records = list(AuditRecord.objects.filter(volgnummer__gte=number).order_by("volgnummer"))
    previous = AuditRecord.objects.get(volgnummer=number - 1).hash if number > 1 else None
    statements = []
    for record in records:
        if record.volgnummer == number:
            for name, value in changes.items():
                setattr(record, name, value)
        if previous is not None:
            record.vorige_hash = previous
        record.hash = audit.record_hash(record)
        previous = record.hash
        assignments = ", ".join(f"{name} = %s" for name in [*changes, "vorige_hash", "hash"])
        values = [getattr(record, name) for name in [*changes, "vorige_hash", "hash"]]
        statements.append(
            (
                f"UPDATE core_auditrecord SET {assignments} WHERE volgnummer = %s",
                [*values, record.volgnummer],
            )
        )
    statements.append(("UPDATE core_auditkop SET hash = %s", [previous]))
    as_dba(*statements)


def insert_like_the_old_writer(user, number: int) -> AuditRecord:
    """Append record `number` chained to record number - 1 and set the head to it, as the
    writer before checkpoints did (max + 1): what reusing a number looks like."""
    from django.utils import timezone

    previous = AuditRecord.objects.get(volgnummer=number - 1)
    record = AuditRecord(
        volgnummer=number,
        tijdstip=timezone.now(),
        gebruiker=user.get_username(),
        actie=AuditActie.DOSSIER_BEKEKEN,
        inwoner_id=7,
        vorige_hash=previous.hash,
    )
    record.hash = audit.record_hash(record)
    record.save(force_insert=True)
    as_dba(("UPDATE core_auditkop SET volgnummer = %s, hash = %s", [number, record.hash]))
    return record


def werkspoor(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
