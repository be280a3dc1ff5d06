# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor audit-verify`: check the audit log against its signed checkpoints.

Needs the database, the checkpoint folder and the public key only. Where the signing key is
configured too (the application's own machine), it first seals the records written since
the last checkpoint, so that everything up to now is covered.
"""

from argparse import ArgumentTypeError
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from werkspoor.core.audit import keys
from werkspoor.core.audit.verify import verify
from werkspoor.core.audit.writer import CheckpointRefused, write_checkpoint


class Command(BaseCommand):
    help = (
        "Controleer het auditlog tegen de ondertekende checkpoints (exit 1 bij een gewijzigd, "
        "ontbrekend of hergebruikt record of checkpoint)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--publieke-sleutel",
            action="append",
            type=Path,
            metavar="PAD",
            help="publieke sleutel (PEM) van de checkpoints; herhaalbaar na een sleutelwissel "
            "(standaard: WERKSPOOR_AUDIT_PUBLIC_KEY)",
        )
        parser.add_argument(
            "--checkpoints",
            type=Path,
            metavar="MAP",
            help="map met de checkpoints (standaard: WERKSPOOR_AUDIT_CHECKPOINT_DIR)",
        )
        parser.add_argument(
            "--verwacht",
            action="append",
            type=_expected,
            default=[],
            metavar="NUMMER:HASH",
            help="een checkpoint uit een eerdere controle dat er nog moet zijn (herhaalbaar)",
        )
        parser.add_argument(
            "--zonder-checkpoint",
            action="store_true",
            help="schrijf vooraf geen nieuw checkpoint, ook als de privésleutel er is",
        )

    def handle(self, *args, publieke_sleutel, checkpoints, verwacht, zonder_checkpoint, **options):
        if not (zonder_checkpoint or publieke_sleutel or checkpoints) and keys.can_sign():
            self._seal_first()
        try:
            result = verify(
                checkpoints, lambda: keys.public_keys(publieke_sleutel), expected=verwacht
            )
        except keys.KeyConfigError as error:
            raise CommandError(str(error), returncode=2) from None
        if not result.intact:
            raise CommandError(
                f"Auditlog NIET intact: {result.problem} "
                f"({result.records} records daarvoor klopten).",
                returncode=1,
            )
        self.stdout.write(self._summary(result))

    def _seal_first(self) -> None:
        try:
            checkpoint = write_checkpoint(force=True)
        except CheckpointRefused as error:
            self.stderr.write(f"Geen nieuw checkpoint geschreven: {error}.")
            return
        if checkpoint is not None:
            self.stdout.write(
                f"Checkpoint {checkpoint.nummer} geschreven (tot en met record "
                f"{checkpoint.volgnummer})."
            )

    @staticmethod
    def _summary(result) -> str:
        latest = result.latest
        if latest is None:
            return (
                f"Auditlog intact: {result.records} records, keten ongebroken. Er zijn nog geen "
                "checkpoints: een ingekort of herschreven log valt zonder checkpoint niet op."
            )
        return (
            f"Auditlog intact: {result.records} records, keten ongebroken; "
            f"{_checkpoints(len(result.checkpoints))}, het laatste ({latest.nummer}, "
            f"{latest.tijdstip}) verzegelt tot en met record {latest.volgnummer}; "
            f"{result.unsealed} records daarna nog niet verzegeld. Bewaar voor een volgende "
            f"controle: --verwacht {latest.nummer}:{latest.hash}"
        )


def _checkpoints(count: int) -> str:
    return "1 checkpoint" if count == 1 else f"{count} checkpoints"


def _expected(value: str) -> tuple[int, str]:
    nummer, _, hash_ = value.partition(":")
    if not (nummer.isdigit() and len(hash_) == 64):
        raise ArgumentTypeError(
            f"'{value}' is geen NUMMER:HASH (een checkpointnummer, dubbele punt, 64 tekens hash)"
        )
    return int(nummer), hash_.lower()
