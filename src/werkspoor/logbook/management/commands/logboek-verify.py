# SPDX-License-Identifier: EUPL-1.2
"""werkspoor logboek-verify: check every segment's hash chain and the ledger of removals."""

from django.core.management.base import BaseCommand, CommandError

from werkspoor.logbook.chain import verify


class Command(BaseCommand):
    help = "Controleer de hashketens van het Logboek Dataverwerkingen (exit 1 bij een breuk)."

    def handle(self, *args, **options):
        report = verify()
        if not report.intact:
            raise CommandError("Het logboek is niet intact: " + "; ".join(report.problems[:10]))
        self.stdout.write(
            f"Logboek intact: {report.lines} regels in {report.segments} segmenten gecontroleerd."
        )
