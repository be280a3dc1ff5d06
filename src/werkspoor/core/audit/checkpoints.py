# SPDX-License-Identifier: EUPL-1.2
"""Signed checkpoints of the audit log, written outside the database.

A checkpoint seals the records since the previous one: their numbers, the hash of each
record, the head hash and the time, signed with Ed25519 and naming the previous
checkpoint's hash, so that the checkpoints form a chain of their own (like CloudTrail's
digest files and Certificate Transparency's signed tree heads). One JSON file per
checkpoint, `<nummer>.json` (ten digits), in WERKSPOOR_AUDIT_CHECKPOINT_DIR.
The format and the reasoning are in docs/auditlog.md.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings

from . import keys

FORMAT_VERSION = 1
GENESIS = "0" * 64
_NAME = re.compile(r"(\d{10})\.json")
logger = logging.getLogger(__name__)


class CheckpointError(Exception):
    """A checkpoint file cannot be read as one; the message names the file."""


@dataclass(frozen=True)
class Checkpoint:
    """The signed content of one checkpoint (`inhoud`); `eerste_volgnummer` to `volgnummer`
    is its segment, `record_hashes` the 32-byte hash of each of those records in order."""

    nummer: int
    vorige_checkpoint: str  # hash of the previous checkpoint (GENESIS for the first)
    eerste_volgnummer: int
    volgnummer: int  # the last record sealed: the counter that deletion cannot roll back
    vorige_kop_hash: str  # hash of record eerste_volgnummer - 1 (GENESIS before record 1)
    kop_hash: str
    tijdstip: str  # ISO 8601, UTC
    bewaard_vanaf_checkpoint: int  # earlier checkpoints and their records may be removed
    interval_records: int
    interval_seconden: int
    record_hashes: bytes
    sleutel: str  # key id of the signing key

    @property
    def aantal(self) -> int:
        return self.volgnummer - self.eerste_volgnummer + 1

    @property
    def moment(self) -> datetime:
        return datetime.fromisoformat(self.tijdstip)

    def content(self) -> dict:
        return {
            "versie": FORMAT_VERSION,
            "nummer": self.nummer,
            "vorige_checkpoint": self.vorige_checkpoint,
            "eerste_volgnummer": self.eerste_volgnummer,
            "volgnummer": self.volgnummer,
            "aantal": self.aantal,
            "vorige_kop_hash": self.vorige_kop_hash,
            "kop_hash": self.kop_hash,
            "tijdstip": self.tijdstip,
            "bewaard_vanaf_checkpoint": self.bewaard_vanaf_checkpoint,
            "interval": {"records": self.interval_records, "seconden": self.interval_seconden},
            "record_hashes": base64.b64encode(self.record_hashes).decode("ascii"),
            "sleutel": self.sleutel,
        }

    def canonical(self) -> bytes:
        """The bytes that are signed and hashed: sorted keys, no spaces, UTF-8."""
        return canonical_json(self.content())

    @property
    def hash(self) -> str:
        return hashlib.sha256(self.canonical()).hexdigest()

    def record_hash(self, volgnummer: int) -> str:
        offset = (volgnummer - self.eerste_volgnummer) * 32
        return self.record_hashes[offset : offset + 32].hex()

    @classmethod
    def from_content(cls, content: dict) -> Checkpoint:
        if content.get("versie") != FORMAT_VERSION:
            raise CheckpointError(f"onbekende versie {content.get('versie')!r}")
        checkpoint = cls(
            nummer=int(content["nummer"]),
            vorige_checkpoint=str(content["vorige_checkpoint"]),
            eerste_volgnummer=int(content["eerste_volgnummer"]),
            volgnummer=int(content["volgnummer"]),
            vorige_kop_hash=str(content["vorige_kop_hash"]),
            kop_hash=str(content["kop_hash"]),
            tijdstip=str(content["tijdstip"]),
            bewaard_vanaf_checkpoint=int(content["bewaard_vanaf_checkpoint"]),
            interval_records=int(content["interval"]["records"]),
            interval_seconden=int(content["interval"]["seconden"]),
            record_hashes=base64.b64decode(content["record_hashes"], validate=True),
            sleutel=str(content["sleutel"]),
        )
        if checkpoint.content() != content:
            raise CheckpointError("de inhoud heeft velden die niet bij het formaat horen")
        if len(checkpoint.record_hashes) != 32 * checkpoint.aantal or checkpoint.aantal < 0:
            raise CheckpointError("het aantal recordhashes past niet bij het segment")
        return checkpoint


def canonical_json(value) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


@dataclass(frozen=True)
class SignedCheckpoint:
    checkpoint: Checkpoint
    signature: bytes
    path: Path

    def signature_holds(self, public_keys: dict) -> bool | None:
        """True or False; None when the signing key is not among `public_keys`."""
        key = public_keys.get(self.checkpoint.sleutel)
        if key is None:
            return None
        return keys.signature_holds(key, self.signature, self.checkpoint.canonical())


def checkpoint_dir() -> Path:
    return Path(settings.WERKSPOOR_AUDIT_CHECKPOINT_DIR)


def file_name(nummer: int) -> str:
    return f"{nummer:010d}.json"


def numbers_in(directory: Path) -> list[int]:
    """The checkpoint numbers present, ascending (other files are ignored)."""
    if not directory.is_dir():
        return []
    found = (_NAME.fullmatch(entry.name) for entry in os.scandir(directory))
    return sorted(int(match[1]) for match in found if match)


def read(path: Path) -> SignedCheckpoint:
    try:
        document = json.loads(path.read_bytes())
        checkpoint = Checkpoint.from_content(document["checkpoint"])
        signature = base64.b64decode(document["handtekening"], validate=True)
    except CheckpointError as error:
        raise CheckpointError(f"{path.name}: {error}") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise CheckpointError(f"{path.name} is geen leesbaar checkpoint ({error})") from None
    return SignedCheckpoint(checkpoint, signature, path)


def sign(checkpoint: Checkpoint, private_key) -> bytes:
    return private_key.sign(checkpoint.canonical())


def publish(checkpoint: Checkpoint, signature: bytes, directory: Path) -> Path:
    """Write the file under its final name only once complete and on disk; an existing
    checkpoint of that number is never replaced (FileExistsError)."""
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / file_name(checkpoint.nummer)
    document = {
        "checkpoint": checkpoint.content(),
        "handtekening": base64.b64encode(signature).decode("ascii"),
    }
    temporary = directory / f".{target.name}.{os.getpid()}.tmp"
    with open(temporary, "wb") as handle:
        handle.write(json.dumps(document, ensure_ascii=False, indent=1).encode() + b"\n")
        handle.flush()
        os.fsync(handle.fileno())
    try:
        os.link(temporary, target)  # fails if the name exists: no overwrite, ever
    finally:
        temporary.unlink()
    _sync_directory(directory)
    return target


def _sync_directory(directory: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        descriptor = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


class LatestCache:
    """The newest checkpoint, found once by listing the folder and then by looking for the
    next number only (one stat per call), so that every audit write can afford it."""

    def __init__(self):
        self._directory: Path | None = None
        self._latest: Checkpoint | None = None

    def get(self) -> Checkpoint | None:
        directory = checkpoint_dir()
        if directory != self._directory:
            self._directory, self._latest = directory, None
            numbers = numbers_in(directory)
            if numbers:
                self._latest = self._read_quietly(directory / file_name(numbers[-1]))
        nummer = self._latest.nummer if self._latest else 0
        while (directory / file_name(nummer + 1)).exists():
            found = self._read_quietly(directory / file_name(nummer + 1))
            if found is None:
                break
            self._latest, nummer = found, nummer + 1
        return self._latest

    def forget(self) -> None:
        self._directory, self._latest = None, None

    @staticmethod
    def _read_quietly(path: Path) -> Checkpoint | None:
        try:
            return read(path).checkpoint
        except CheckpointError as error:
            logger.error("Auditlog: checkpoint overgeslagen: %s", error)
            return None


latest = LatestCache()


def now_iso() -> str:
    return datetime.now(UTC).isoformat()
