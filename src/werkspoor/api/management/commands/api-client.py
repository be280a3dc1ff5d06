# SPDX-License-Identifier: EUPL-1.2
"""werkspoor api-client: issue an API client from the command line (as beheer does at
/beheer/api-clients/); prints the client id and the secret, which is shown only now."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from werkspoor.api.scopes import all_scopes
from werkspoor.api.services import issue_client


class Command(BaseCommand):
    help = "Geef een API-client uit (client credentials) met de gevraagde scopes."

    def add_arguments(self, parser):
        parser.add_argument("naam", help="naam van het systeem, bv. 'Datawarehouse'")
        parser.add_argument(
            "--scopes",
            nargs="+",
            required=True,
            metavar="SCOPE",
            help=f"scopes, bv. inwoners:lezen; bekend: {', '.join(all_scopes())}",
        )
        parser.add_argument("--per-minuut", type=int, default=600, help="verzoeken per minuut")
        parser.add_argument("--omschrijving", default="", help="waarvoor de API dient")

    def handle(self, *args, **options):
        try:
            credential = issue_client(
                options["naam"],
                options["scopes"],
                None,
                options["omschrijving"],
                options["per_minuut"],
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        self.stdout.write(f"client-id: {credential.client_id}")
        self.stdout.write(f"geheim:    {credential.client_secret}")
        self.stdout.write("Bewaar het geheim nu: Werkspoor bewaart alleen een hash.")
