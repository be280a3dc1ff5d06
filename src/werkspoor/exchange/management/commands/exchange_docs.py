# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor exchange_docs`: write docs/uitwisselformaat.md from the format's declaration."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

DEFAULT_PATH = Path(settings.REPO_ROOT) / "docs" / "uitwisselformaat.md"


class Command(BaseCommand):
    help = "Schrijf de beschrijving van het uitwisselformaat (docs/uitwisselformaat.md) opnieuw."

    def add_arguments(self, parser):
        parser.add_argument(
            "--uitvoer",
            type=Path,
            default=DEFAULT_PATH,
            metavar="PAD",
            help="schrijf naar dit bestand (standaard docs/uitwisselformaat.md)",
        )
        parser.add_argument(
            "--controleer",
            action="store_true",
            help="schrijf niets; afsluitcode 1 als het bestand niet bij de code past",
        )

    def handle(self, *args, **options):
        from werkspoor.exchange.docs import render_format_doc

        path: Path = options["uitvoer"]
        text = render_format_doc()
        if options["controleer"]:
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != text:
                raise CommandError(
                    f"{path} is verouderd; draai 'werkspoor exchange_docs'.", returncode=1
                )
            return
        path.write_text(text, encoding="utf-8")
        self.stdout.write(f"Geschreven: {path}")
