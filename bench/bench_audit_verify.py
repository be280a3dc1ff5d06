# SPDX-License-Identifier: EUPL-1.2
"""Benchmark of `werkspoor audit-verify`: a sealed audit log of 1,000,000 records (a
checkpoint every 1,000, as the default interval writes them) in a fresh SQLite database, or
in an empty PostgreSQL database given by WERKSPOOR_DATABASE_URL, verified against its
signed checkpoints. Baseline, measured in the same run: the verifier before checkpoints
(the hash chain only, one model instance per record). Also shown: the hashing alone, the
floor that any verifier pays.

    .venv/bin/python bench/bench_audit_verify.py [--records 1000000] [--interval 1000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

CHUNK = 20_000


def _setup(work: Path) -> None:
    os.environ.setdefault("WERKSPOOR_DATABASE_URL", f"sqlite:///{work / 'bench.sqlite3'}")
    os.environ["WERKSPOOR_DATA_DIR"] = str(work)
    os.environ["WERKSPOOR_AUDIT_CHECKPOINT_DIR"] = str(work / "checkpoints")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkspoor.conf.settings")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    import django

    django.setup()
    from werkspoor.core.database import ensure_schema

    ensure_schema()


def generate(records: int, interval: int) -> int:
    """Write `records` audit records with a checkpoint after every `interval`, exactly as
    writer.py lays them out (the record after a checkpoint names it); return the count."""
    from django.db import connection

    from werkspoor.core.audit import checkpoints, keys
    from werkspoor.core.audit.records import GENESIS_HASH, HASHED_COLUMNS, hash_values
    from werkspoor.core.models import AuditActie, AuditRecord

    if AuditRecord.objects.exists():
        raise SystemExit("Het auditlog in deze database is niet leeg; gebruik een lege database.")
    key = keys.signing_key()
    key_id = keys.key_id(key.public_key())
    directory = checkpoints.checkpoint_dir()
    columns = ["hash", *HASHED_COLUMNS]
    table = AuditRecord._meta.db_table
    insert = (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"
    )
    start = datetime(2025, 1, 1, tzinfo=UTC)
    previous, segment, rows = GENESIS_HASH, [], []
    sealed = {"nummer": 0, "volgnummer": 0, "kop": GENESIS_HASH, "hash": checkpoints.GENESIS}
    mention = None
    with connection.cursor() as cursor:
        for number in range(1, records + 1):
            moment = start + timedelta(seconds=number)
            if mention is not None:
                actie, detail, mention = AuditActie.CHECKPOINT_GESCHREVEN, mention, None
            else:
                actie, detail = AuditActie.DOSSIER_BEKEKEN, {}
            values = [
                number,
                moment,
                f"coach{number % 97}",
                str(actie),
                number % 10_007 or None,
                None,
                detail,
                "",
                previous,
                f"{number:032x}",
                f"{number:016x}",
            ]
            previous = hash_values(values)
            values[1] = connection.ops.adapt_datetimefield_value(moment)
            values[6] = _json(detail)
            rows.append([previous, *values])
            segment.append(bytes.fromhex(previous))
            if len(segment) == interval or number == records:
                checkpoint = checkpoints.Checkpoint(
                    nummer=sealed["nummer"] + 1,
                    vorige_checkpoint=sealed["hash"],
                    eerste_volgnummer=sealed["volgnummer"] + 1,
                    volgnummer=number,
                    vorige_kop_hash=sealed["kop"],
                    kop_hash=previous,
                    tijdstip=(moment + timedelta(milliseconds=1)).isoformat(),
                    bewaard_vanaf_checkpoint=1,
                    interval_records=interval,
                    interval_seconden=300,
                    record_hashes=b"".join(segment),
                    sleutel=key_id,
                )
                checkpoints.publish(checkpoint, checkpoints.sign(checkpoint, key), directory)
                sealed = {
                    "nummer": checkpoint.nummer,
                    "volgnummer": number,
                    "kop": previous,
                    "hash": checkpoint.hash,
                }
                mention, segment = {"checkpoint": checkpoint.nummer, "hash": checkpoint.hash}, []
            if len(rows) == CHUNK:
                cursor.executemany(insert, rows)
                rows = []
        if mention is not None:  # the log ends with the record naming the last checkpoint
            records += 1
            values = [
                records,
                start + timedelta(seconds=records),
                "",
                str(AuditActie.CHECKPOINT_GESCHREVEN),
                None,
                None,
                mention,
                "",
                previous,
                "",
                "",
            ]
            previous = hash_values(values)
            values[1] = connection.ops.adapt_datetimefield_value(values[1])
            values[6] = _json(mention)
            rows.append([previous, *values])
        cursor.executemany(insert, rows)
    return records


def _json(value) -> str:
    import json

    return json.dumps(value)


def baseline_chain_only() -> int:
    """The verifier before this benchmark's design: hash chain only, model instances."""
    from werkspoor.core.audit.records import GENESIS_HASH, record_hash
    from werkspoor.core.models import AuditRecord

    expected_previous, expected_number = GENESIS_HASH, 1
    for record in AuditRecord.objects.order_by("volgnummer").iterator(chunk_size=5000):
        if record.volgnummer != expected_number or record.vorige_hash != expected_previous:
            raise SystemExit(f"basislijn: keten gebroken bij {record.volgnummer}")
        if record_hash(record) != record.hash:
            raise SystemExit(f"basislijn: hash klopt niet bij {record.volgnummer}")
        expected_previous, expected_number = record.hash, expected_number + 1
    return expected_number - 1


def hashing_only(limit: int) -> tuple[int, float]:
    """Time to hash `limit` records already in memory: what any verifier pays at least."""
    from werkspoor.core.audit.records import HASHED_COLUMNS, hash_values
    from werkspoor.core.models import AuditRecord

    rows = list(AuditRecord.objects.order_by("volgnummer").values_list(*HASHED_COLUMNS)[:limit])
    started = time.perf_counter()
    for values in rows:
        hash_values(values)
    return len(rows), time.perf_counter() - started


def _rate(count: int, seconds: float) -> str:
    return f"{count:,} records in {seconds:.1f} s = {count / seconds:,.0f} records/s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--interval", type=int, default=1_000)
    parser.add_argument("--baseline-records", type=int, default=0, help="0: all records")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="werkspoor-bench-audit-"))
    try:
        _setup(work)
        from django.db import connection

        from werkspoor.core.audit.verify import verify

        started = time.perf_counter()
        total = generate(args.records, args.interval)
        print(
            f"gegenereerd: {total:,} records en {args.records // args.interval:,} checkpoints "
            f"in {time.perf_counter() - started:.1f} s ({connection.vendor}, {work})"
        )
        started = time.perf_counter()
        result = verify()
        seconds = time.perf_counter() - started
        if not result.intact:
            raise SystemExit(f"controle faalt: {result.problem}")
        print(f"audit-verify (checkpoints + keten): {_rate(result.records, seconds)}")
        new_rate = result.records / seconds

        started = time.perf_counter()
        checked = baseline_chain_only()
        base_seconds = time.perf_counter() - started
        print(f"basislijn (alleen de keten, een model per record): {_rate(checked, base_seconds)}")
        count, hash_seconds = hashing_only(min(total, 200_000))
        print(f"alleen hashen (ondergrens): {_rate(count, hash_seconds)}")
        print(f"verhouding audit-verify / basislijn: {new_rate / (checked / base_seconds):.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
