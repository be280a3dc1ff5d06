# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor indicatordocs`: write docs/indicatoren.md from the catalogue."""

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Schrijf docs/indicatoren.md opnieuw uit de indicatordefinities."

    def handle(self, *args, **options):
        from werkspoor.indicators.docs import docs_path, render

        path = docs_path()
        path.write_text(render(), encoding="utf-8")
        self.stdout.write(f"{path} bijgewerkt.")
