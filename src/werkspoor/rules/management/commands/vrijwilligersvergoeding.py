# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor vrijwilligersvergoeding`: the legal maxima per month and per year on a date."""

from django.core.management.base import BaseCommand

from ..arguments import add_datum, dump, dutch_errors, parse_datum


class Command(BaseCommand):
    help = "Maximale vrijgelaten vrijwilligersvergoeding per maand en per jaar op een datum (JSON)."
    requires_system_checks = []

    def add_arguments(self, parser):
        add_datum(parser)

    def handle(self, *args, **options):
        from werkspoor.rules.calculate import vrijwilligersvergoeding_maxima

        with dutch_errors():
            result = vrijwilligersvergoeding_maxima(parse_datum(options["datum"]))
        self.stdout.write(dump(result))
