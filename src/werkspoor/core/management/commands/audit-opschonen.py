# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor audit-opschonen --voor DATUM`: remove audit records past their retention."""

from datetime import date, datetime, time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from werkspoor.core.audit import keys
from werkspoor.core.audit.retention import plan, remove_expired
from werkspoor.core.audit.writer import CheckpointRefused


class Command(BaseCommand):
    help = (
        "Verwijder auditrecords en checkpoints van vóór een datum (bewaartermijn verstreken); "
        "de rest blijft controleerbaar."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--voor",
            required=True,
            type=date.fromisoformat,
            metavar="DATUM",
            help="verwijder wat vóór deze dag (ISO, 2024-01-01) verzegeld is",
        )
        parser.add_argument(
            "--proef", action="store_true", help="laat alleen zien wat er weg zou gaan"
        )

    def handle(self, *args, voor, proef, **options):
        grens = timezone.make_aware(datetime.combine(voor, time.min))
        try:
            retention = plan(grens) if proef else remove_expired(grens)
        except keys.KeyConfigError as error:
            raise CommandError(str(error), returncode=2) from None
        except CheckpointRefused as error:
            raise CommandError(f"Niet opgeschoond: {error}.", returncode=1) from None
        if retention.empty:
            self.stdout.write(f"Niets verzegeld vóór {voor:%d-%m-%Y}; niets te verwijderen.")
            return
        first, last = retention.checkpoints[0], retention.checkpoints[-1]
        verb = "zou verwijderen" if proef else "verwijderd"
        self.stdout.write(
            f"{retention.records} records (tot record {retention.records_below}) en "
            f"checkpoints {first}-{last} {verb}."
        )
