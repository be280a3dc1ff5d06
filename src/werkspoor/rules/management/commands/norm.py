# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor norm`: the bijstandsnorm for a household on a date, as JSON."""

from django.core.management.base import BaseCommand

from ..arguments import add_situatie, dump, dutch_errors, parse_datum, situatie_from


class Command(BaseCommand):
    help = "Bijstandsnorm voor een huishouden op een datum (JSON, euro per maand netto)."
    requires_system_checks = []

    def add_arguments(self, parser):
        add_situatie(parser)

    def handle(self, *args, **options):
        from werkspoor.rules.calculate import norm

        with dutch_errors():
            result = norm(parse_datum(options["datum"]), situatie_from(options))
        self.stdout.write(dump(result))
