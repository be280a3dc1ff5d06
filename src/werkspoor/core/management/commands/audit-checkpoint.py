# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor audit-checkpoint`: seal the audit log now (for cron, beside the interval)."""

from django.core.management.base import BaseCommand, CommandError

from werkspoor.core.audit import keys
from werkspoor.core.audit.writer import CheckpointRefused, write_checkpoint


class Command(BaseCommand):
    help = "Schrijf nu een ondertekend checkpoint van het auditlog (naast het interval)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--ook-zonder-nieuwe-records",
            action="store_true",
            help="ook een checkpoint als er sinds het vorige niets is bijgekomen",
        )

    def handle(self, *args, ook_zonder_nieuwe_records, **options):
        try:
            checkpoint = write_checkpoint(force=ook_zonder_nieuwe_records)
        except keys.KeyConfigError as error:
            raise CommandError(str(error), returncode=2) from None
        except CheckpointRefused as error:
            raise CommandError(
                f"Geen checkpoint geschreven: {error}. Zie werkspoor audit-verify.", returncode=1
            ) from None
        if checkpoint is None:
            self.stdout.write("Geen nieuwe records sinds het vorige checkpoint; niets geschreven.")
            return
        self.stdout.write(
            f"Checkpoint {checkpoint.nummer} geschreven: records {checkpoint.eerste_volgnummer} "
            f"tot en met {checkpoint.volgnummer}."
        )
