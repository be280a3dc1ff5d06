# SPDX-License-Identifier: EUPL-1.2
"""Verifying the audit log against its signed checkpoints, with only the public key.

First the checkpoints: each signature, each link to the previous checkpoint, no number
missing (except those removed after their retention, which a signed checkpoint allows).
Then the records in order: every number present, each hash matching its content, each
record chained to the one before and, where a checkpoint sealed it, equal to what the
checkpoint holds. Then what no record can show itself: a log shorter than its checkpoints
(a deleted tail), the record that follows each checkpoint and names it, the head counter,
a checkpoint that the log (or the auditor, with `expected`) knows but the folder lacks, and
a tail left unsealed for longer than the interval allows. The first problem is reported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from werkspoor.core.models import AuditActie, AuditKop, AuditRecord

from . import checkpoints
from .checkpoints import Checkpoint, CheckpointError
from .records import GENESIS_HASH, HASHED_COLUMNS, hash_values

_PREVIOUS = HASHED_COLUMNS.index("vorige_hash")
_MOMENT = HASHED_COLUMNS.index("tijdstip")
_ACTION = HASHED_COLUMNS.index("actie")
_DETAIL = HASHED_COLUMNS.index("detail")
# A tail may outgrow the interval a little while a checkpoint is being written under load;
# twice the interval means the checkpoints have stopped (or the newest was removed).
UNSEALED_TOLERANCE = 2


@dataclass(frozen=True)
class Finding:
    place: str  # "record 619" or "checkpoint 12": the first bad place
    reason: str

    def __str__(self) -> str:
        return f"{self.place}: {self.reason}"


@dataclass
class Verification:
    records: int = 0
    checkpoints: list[Checkpoint] = field(default_factory=list)
    unsealed: int = 0
    problem: Finding | None = None

    @property
    def intact(self) -> bool:
        return self.problem is None

    @property
    def latest(self) -> Checkpoint | None:
        return self.checkpoints[-1] if self.checkpoints else None


def verify(
    directory: Path | None = None,
    public_keys: Callable[[], dict] | None = None,
    chunk_size: int = 10_000,
    expected: list[tuple[int, str]] = (),
) -> Verification:
    """Check the log; `public_keys` is called only when there are checkpoints to check.
    `expected`: (number, hash) of checkpoints an auditor saw before; each must still be
    there unchanged, unless a signed checkpoint allowed its removal after retention."""
    from . import keys

    directory = Path(directory) if directory else checkpoints.checkpoint_dir()
    result = Verification()
    sealed, result.problem = check_checkpoints(directory, public_keys or keys.public_keys)
    result.checkpoints = sealed
    if result.problem is None:
        result.problem = _expected_problem(sealed, expected)
    if result.problem is None:
        result.problem = _RecordWalk(sealed, result).run(chunk_size)
    return result


def check_checkpoints(directory: Path, public_keys) -> tuple[list[Checkpoint], Finding | None]:
    numbers = checkpoints.numbers_in(directory)
    if not numbers:
        return [], None
    known_keys = public_keys()
    sealed: list[Checkpoint] = []
    for number in numbers:
        place = f"checkpoint {number}"
        try:
            signed = checkpoints.read(directory / checkpoints.file_name(number))
        except CheckpointError as error:
            return sealed, Finding(place, f"onleesbaar ({error})")
        holds = signed.signature_holds(known_keys)
        if holds is None:
            return sealed, Finding(
                place, f"ondertekend met een onbekende sleutel ({signed.checkpoint.sleutel})"
            )
        if not holds:
            return sealed, Finding(place, "is gewijzigd: de handtekening klopt niet")
        if signed.checkpoint.nummer != number:
            return sealed, Finding(
                place, f"het bestand draagt nummer {number}, de inhoud {signed.checkpoint.nummer}"
            )
        sealed.append(signed.checkpoint)
    return sealed, _chain_problem(sealed)


def _chain_problem(sealed: list[Checkpoint]) -> Finding | None:
    retained_from = max(c.bewaard_vanaf_checkpoint for c in sealed)
    first = sealed[0]
    if first.nummer > retained_from:
        return Finding(f"checkpoint {retained_from}", "ontbreekt")
    if first.nummer == 1 and (
        first.vorige_checkpoint != checkpoints.GENESIS
        or first.eerste_volgnummer != 1
        or first.vorige_kop_hash != GENESIS_HASH
    ):
        return Finding("checkpoint 1", "begint niet bij het begin van het auditlog")
    for earlier, later in zip(sealed, sealed[1:], strict=False):
        place = f"checkpoint {later.nummer}"
        if later.nummer != earlier.nummer + 1:
            return Finding(f"checkpoint {earlier.nummer + 1}", "ontbreekt")
        if later.vorige_checkpoint != earlier.hash:
            return Finding(place, f"verwijst niet naar checkpoint {earlier.nummer}")
        if (
            later.eerste_volgnummer != earlier.volgnummer + 1
            or later.vorige_kop_hash != earlier.kop_hash
        ):
            return Finding(
                place,
                f"sluit niet aan op checkpoint {earlier.nummer} "
                f"(dat eindigt bij record {earlier.volgnummer})",
            )
    return None


def _expected_problem(sealed: list[Checkpoint], expected) -> Finding | None:
    by_number = {c.nummer: c for c in sealed}
    retained_from = max((c.bewaard_vanaf_checkpoint for c in sealed), default=1)
    for nummer, hash_ in expected:
        found = by_number.get(nummer)
        if found is None and nummer < retained_from:
            continue
        if found is None:
            return Finding(
                f"checkpoint {nummer}", "ontbreekt (het was er bij een eerdere controle)"
            )
        if found.hash != hash_:
            return Finding(
                f"checkpoint {nummer}", "is vervangen: de hash verschilt van de eerdere controle"
            )
    return None


class _Seals:
    """Which checkpoint sealed record n, for n rising: a cursor over the segments."""

    def __init__(self, sealed: list[Checkpoint]):
        self.sealed, self.index = sealed, 0

    def covering(self, number: int) -> Checkpoint | None:
        while self.index < len(self.sealed) and self.sealed[self.index].volgnummer < number:
            self.index += 1
        if self.index < len(self.sealed):
            found = self.sealed[self.index]
            if found.eerste_volgnummer <= number:
                return found
        return None


class _RecordWalk:
    def __init__(self, sealed: list[Checkpoint], result: Verification):
        self.sealed, self.result = sealed, result
        self.seals = _Seals(sealed)
        self.sealed_until = sealed[-1].volgnummer if sealed else 0
        retained_from = max((c.bewaard_vanaf_checkpoint for c in sealed), default=1)
        by_number = {c.nummer: c for c in sealed}
        # Records before this one may have been removed after their retention.
        self.first_required = by_number[retained_from].eerste_volgnummer if sealed else 1
        self.oldest_checkable = sealed[0].eerste_volgnummer if sealed else 1
        self.mentions: list[tuple[int, int, str]] = []

    def run(self, chunk_size: int) -> Finding | None:
        rows = (
            AuditRecord.objects.order_by("volgnummer")
            .values_list("hash", *HASHED_COLUMNS)
            .iterator(chunk_size=chunk_size)
        )
        expected, previous_hash, checked = None, None, 0
        for stored_hash, *values in rows:
            number = values[0]
            if expected is None:
                problem = self._first(number)
                if problem:
                    return problem
                expected, previous_hash = number, self._hash_before(number)
            if number != expected:
                return self._missing(expected, f"het volgende record is {number}")
            problem = self._record(number, stored_hash, values, previous_hash)
            if problem:
                return problem
            previous_hash, expected, checked = stored_hash, number + 1, checked + 1
        self.result.records = checked
        last = (expected or self.first_required) - 1
        self.result.unsealed = max(last - self.sealed_until, 0) if checked else 0
        if last < self.sealed_until and self.sealed_until >= self.first_required:
            return self._missing(
                max(last + 1, self.first_required),
                f"het log is ingekort: checkpoint {self.sealed[-1].nummer} legde records tot "
                f"{self.sealed_until} vast",
            )
        return (
            self._newest_mention_problem(last)
            or self._head_problem(last, previous_hash)
            or self._mention_problem()
            or self._unsealed_problem()
        )

    def _first(self, number: int) -> Finding | None:
        if number > self.first_required:
            return self._missing(self.first_required, f"het eerste record is {number}")
        if number < self.oldest_checkable:
            return Finding(
                f"record {number}",
                f"valt vóór het oudste checkpoint ({self.sealed[0].nummer}) en is dus niet te "
                "controleren; het hoort met zijn checkpoint te zijn opgeschoond",
            )
        return None

    def _hash_before(self, number: int) -> str:
        if number == 1:
            return GENESIS_HASH
        covering = self.seals.covering(number - 1)
        if covering is not None:
            return covering.record_hash(number - 1)
        return self.sealed[0].vorige_kop_hash  # number starts the oldest kept segment

    def _missing(self, number: int, detail: str) -> Finding:
        covering = self.seals.covering(number)
        sealed_by = f"; checkpoint {covering.nummer} legde het vast" if covering else ""
        return Finding(f"record {number}", f"ontbreekt ({detail}{sealed_by})")

    def _record(self, number, stored_hash, values, previous_hash) -> Finding | None:
        place = f"record {number}"
        if hash_values(values) != stored_hash:
            return Finding(place, "is gewijzigd: de inhoud past niet bij de hash")
        covering = self.seals.covering(number)
        if covering is not None and covering.record_hash(number) != stored_hash:
            if values[_MOMENT] > covering.moment:
                return Finding(
                    place,
                    f"volgnummer {number} is opnieuw uitgegeven: checkpoint {covering.nummer} "
                    f"legde op {covering.tijdstip} al een ander record {number} vast",
                )
            return Finding(
                place,
                f"is herschreven: checkpoint {covering.nummer} legde een andere hash vast",
            )
        if values[_PREVIOUS] != previous_hash:
            return Finding(place, f"sluit niet aan op record {number - 1} (vorige hash)")
        if values[_ACTION] == AuditActie.CHECKPOINT_GESCHREVEN:
            detail = values[_DETAIL]
            self.mentions.append((number, int(detail["checkpoint"]), detail["hash"]))
        return None

    def _newest_mention_problem(self, last: int) -> Finding | None:
        """The record right after the newest checkpoint names it (writer.py writes both under
        one lock): without it, the log was cut back to the checkpoint."""
        if not self.sealed:
            return None
        newest = self.sealed[-1]
        number = newest.volgnummer + 1
        if last < number:
            return Finding(
                f"record {number}",
                f"ontbreekt (het vermeldt checkpoint {newest.nummer}; het log is ingekort)",
            )
        if (number, newest.nummer, newest.hash) not in self.mentions:
            return Finding(f"record {number}", f"vermeldt checkpoint {newest.nummer} niet")
        return None

    def _head_problem(self, last: int, last_hash: str | None) -> Finding | None:
        """The head counter only goes forward (a trigger); a log that ends before it was cut."""
        head = AuditKop.objects.filter(pk=1).values_list("volgnummer", "hash").first()
        if head is None or head[0] < last:
            return None
        if head[0] > last:
            return Finding(
                f"record {last + 1}", f"ontbreekt (de kop van het auditlog staat op {head[0]})"
            )
        if last_hash is not None and head[1] != last_hash:
            return Finding(f"record {last}", "is vervangen: de kop van het auditlog wijkt af")
        return None

    def _mention_problem(self) -> Finding | None:
        by_number = {c.nummer: c for c in self.sealed}
        oldest = self.sealed[0].nummer if self.sealed else None
        for record_number, nummer, hash_ in self.mentions:
            found = by_number.get(nummer)
            if found is None and oldest is not None and nummer < oldest:
                continue  # removed after its retention, which a signed checkpoint allowed
            if found is None:
                return Finding(
                    f"checkpoint {nummer}", f"ontbreekt (record {record_number} vermeldt het)"
                )
            if found.hash != hash_:
                return Finding(
                    f"checkpoint {nummer}",
                    f"is vervangen: record {record_number} vermeldt een andere hash",
                )
        return None

    def _unsealed_problem(self) -> Finding | None:
        if not self.sealed:
            return None
        allowed = UNSEALED_TOLERANCE * self.sealed[-1].interval_records
        if self.result.unsealed > allowed:
            return Finding(
                f"checkpoint {self.sealed[-1].nummer + 1}",
                f"ontbreekt: {self.result.unsealed} records na checkpoint "
                f"{self.sealed[-1].nummer} zijn niet verzegeld, het interval is "
                f"{self.sealed[-1].interval_records} records",
            )
        return None
