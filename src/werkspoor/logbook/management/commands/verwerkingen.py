# SPDX-License-Identifier: EUPL-1.2
"""werkspoor verwerkingen: answer a resident's access request from the Logboek
Dataverwerkingen. Only for functioneel beheer and the privacyfunctionaris (--gebruiker);
the lookup is itself audited and logged."""

from __future__ import annotations

import json
from datetime import date

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from werkspoor.core import audit
from werkspoor.core.bsn import is_valid_bsn
from werkspoor.core.models import AuditActie
from werkspoor.logbook import access

PERMISSION = "logbook.inzage_verwerkingen"


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"'{text}' is geen datum; schrijf jjjj-mm-dd.") from None


class Command(BaseCommand):
    help = "Alle verwerkingen van de gegevens van één inwoner (inzageverzoek, AVG art. 15)."

    def add_arguments(self, parser):
        parser.add_argument("--bsn", required=True, help="BSN van de inwoner")
        parser.add_argument("--van", help="vanaf deze datum (jjjj-mm-dd)")
        parser.add_argument("--tot", help="tot deze datum, niet meegeteld (jjjj-mm-dd)")
        parser.add_argument("--formaat", choices=["json", "tekst"], default="tekst")
        parser.add_argument(
            "--gebruiker",
            required=True,
            help="uw gebruikersnaam (functioneel beheer, privacyfunctionaris); voor het auditlog",
        )
        parser.add_argument("--verzoek", default="", help="kenmerk van het inzageverzoek")

    def handle(self, *args, **options):
        bsn = options["bsn"].strip()
        if not is_valid_bsn(bsn):
            raise CommandError("Dit is geen geldig BSN (9 cijfers, elfproef).")
        van = _day(options["van"]) if options["van"] else None
        tot = _day(options["tot"]) if options["tot"] else None
        user = (
            get_user_model().objects.filter(username=options["gebruiker"], is_active=True).first()
        )
        if user is None or not user.has_perm(PERMISSION):
            raise CommandError(
                f"Gebruiker '{options['gebruiker']}' mag geen verwerkingen opzoeken "
                "(alleen functioneel beheer en de privacyfunctionaris)."
            )
        result = access.antwoord(bsn, van, tot)
        audit.log(
            user,
            AuditActie.VERWERKINGEN_INGEZIEN,
            result.inwoner_id,
            detail={"aantal": len(result.verwerkingen), "verzoek": options["verzoek"]},
            reden=options["verzoek"],
        )
        if options["formaat"] == "json":
            self.stdout.write(json.dumps(self._as_json(result), ensure_ascii=False, indent=2))
        else:
            self._as_text(result)

    @staticmethod
    def _as_json(result) -> dict:
        return {
            "bsn": result.bsn,
            "periode": {
                "van": result.van.isoformat() if result.van else None,
                "tot": result.tot.isoformat() if result.tot else None,
            },
            "aantal": len(result.verwerkingen),
            "verwerkingen": result.verwerkingen,
        }

    def _as_text(self, result) -> None:
        self.stdout.write(
            f"Verwerkingen van de gegevens van BSN {result.bsn}: {len(result.verwerkingen)}"
        )
        for line in result.verwerkingen:
            activiteit = line["activiteit"]
            self.stdout.write(
                f"{line['tijdstip'][:16].replace('T', ' ')}  {activiteit['naam']} "
                f"({line['verwerking']}, {line['status']})\n"
                f"    doel: {activiteit['doel']}\n    grondslag: {activiteit['grondslag']}"
            )
