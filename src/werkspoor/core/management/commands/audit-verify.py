# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor audit-verify`: check that the audit log's hash chain is unbroken."""

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Controleer de hashketen van het auditlog (exit 1 als een record is gewijzigd of mist)."

    def handle(self, *args, **options):
        from werkspoor.core.audit import verify_chain

        report = verify_chain()
        if not report.intact:
            raise CommandError(
                f"Auditlog NIET intact bij record {report.broken_at}: {report.reason} "
                f"({report.checked} records daarvoor klopten).",
                returncode=1,
            )
        self.stdout.write(f"Auditlog intact: {report.checked} records, keten ongebroken.")
