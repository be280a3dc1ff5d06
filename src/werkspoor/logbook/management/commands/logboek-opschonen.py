# SPDX-License-Identifier: EUPL-1.2
"""werkspoor logboek-opschonen: remove log lines past their activity's retention, a whole
segment at a time, each removal recorded in the chained ledger (verification still holds)."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from werkspoor.core.today import vandaag
from werkspoor.logbook.retention import clean


class Command(BaseCommand):
    help = "Verwijder logregels waarvan de bewaartermijn (per verwerkingsactiviteit) is verstreken."

    def add_arguments(self, parser):
        parser.add_argument("--datum", help="doe alsof het deze dag is (jjjj-mm-dd)")
        parser.add_argument("--droog", action="store_true", help="alleen tonen, niets verwijderen")

    def handle(self, *args, **options):
        try:
            today = date.fromisoformat(options["datum"]) if options["datum"] else vandaag()
        except ValueError:
            raise CommandError(f"'{options['datum']}' is geen datum; schrijf jjjj-mm-dd.") from None
        removed = clean(today, dry_run=options["droog"])
        verb = "zou verwijderen" if options["droog"] else "verwijderd"
        for segment, count in removed:
            self.stdout.write(f"{segment}: {count} regels {verb}")
        total = sum(count for _, count in removed)
        self.stdout.write(f"{len(removed)} segmenten, {total} regels {verb}.")
