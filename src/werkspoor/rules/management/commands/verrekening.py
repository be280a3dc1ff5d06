# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor verrekening`: the benefit that remains with earnings in a month of vrijlating."""

from django.core.management.base import BaseCommand

from ..arguments import (
    add_situatie,
    dump,
    dutch_errors,
    parse_bedrag,
    parse_datum,
    parse_getal,
    situatie_from,
)


class Command(BaseCommand):
    help = "Inkomstenverrekening: resterende uitkering, vrijlating en verrekende inkomsten (JSON)."
    requires_system_checks = []

    def add_arguments(self, parser):
        add_situatie(parser)
        parser.add_argument("--netto-inkomsten", required=True, help="euro per maand")
        parser.add_argument(
            "--maand-vrijlating",
            required=True,
            help="de hoeveelste maand met inkomsten (1 = eerste; 0 = geen vrijlating)",
        )
        parser.add_argument(
            "--kind-onder-12", action="store_true", help="alleenstaande ouder met kind < 12"
        )
        parser.add_argument(
            "--medisch-urenbeperkt",
            action="store_true",
            help="medisch vastgestelde urenbeperking (een eigen vrijlating)",
        )

    def handle(self, *args, **options):
        from dataclasses import replace

        from werkspoor.rules.calculate import verrekening

        with dutch_errors():
            situatie = replace(
                situatie_from(options),
                heeft_kind_onder_12=options["kind_onder_12"],
                medisch_urenbeperkt=options["medisch_urenbeperkt"],
            )
            result = verrekening(
                parse_datum(options["datum"]),
                situatie,
                parse_bedrag(options["netto_inkomsten"], "--netto-inkomsten"),
                parse_getal(options["maand_vrijlating"], "--maand-vrijlating"),
            )
        self.stdout.write(dump(result))
