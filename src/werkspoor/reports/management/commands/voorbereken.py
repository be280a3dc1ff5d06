# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor voorbereken`: compute every period within the horizon ahead for the web app."""

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Bereken de gepubliceerde cijfers van alle kwartalen en jaren vooruit (en de PDF's), "
        "zodat de openbare pagina's nooit hoeven te rekenen."
    )

    def add_arguments(self, parser):
        parser.add_argument("--zonder-pdf", action="store_true", help="alleen de cijfers")
        parser.add_argument(
            "--pdf", metavar="KWARTAAL", help="alleen de PDF van dit kwartaal opnieuw maken"
        )
        parser.add_argument(
            "--als-nodig",
            action="store_true",
            help="alleen als de registratie een andere stand heeft dan de laatste berekening",
        )

    def handle(self, *args, **options):
        from werkspoor.registry.stand import horizon
        from werkspoor.reports import store
        from werkspoor.reports.services import write_web_pdf

        if options["pdf"]:
            return self._one_pdf(options["pdf"])
        registry = horizon()
        if registry.empty:
            raise CommandError(
                "De registratie is leeg; bouw eerst de demostad (werkspoor demo).", returncode=2
            )
        stored = store.current()
        if not options["als_nodig"] or store.is_stale(stored, registry):
            store.precompute(registry, self.stdout.write)
            stored = store.current()
        if options["zonder_pdf"]:
            return
        for quarter in reversed(stored.horizon.quarters()):
            write_web_pdf(stored, quarter)
        self.stdout.write(f"PDF's van {len(stored.horizon.quarters())} kwartalen geschreven.")

    def _one_pdf(self, label):
        from werkspoor.core.periods import Quarter
        from werkspoor.registry.stand import BuitenHorizon
        from werkspoor.reports import store
        from werkspoor.reports.services import write_web_pdf

        stored = store.current()
        if stored is None:
            raise CommandError("Er zijn nog geen vooruitberekende cijfers.", returncode=2)
        try:
            quarter = Quarter.parse(label)
            stored.horizon.check(quarter)
        except (ValueError, BuitenHorizon) as error:
            raise CommandError(str(error), returncode=2) from error
        self.stdout.write(str(write_web_pdf(stored, quarter)))
