# SPDX-License-Identifier: EUPL-1.2
"""The code lists of inburgering; the codes are those of the exchange format."""

from django.db import models


class InburgeringDoelgroep(models.TextChoices):
    ASIEL = "asiel", "Asielstatushouder"
    GEZIN = "gezin", "Gezinsmigrant"
    OVERIG = "overig", "Overige migrant"


class Leerroute(models.TextChoices):
    B1 = "b1", "B1-route"
    ONDERWIJS = "onderwijs", "Onderwijsroute"
    Z = "z", "Zelfredzaamheidsroute (Z-route)"


class InburgeringResultaat(models.TextChoices):
    VOLDAAN = "voldaan", "Voldaan aan de inburgeringsplicht"
    ONTHEFFING = "ontheffing", "Ontheffing"
    VRIJSTELLING = "vrijstelling", "Vrijstelling"
    VERHUISD = "verhuisd", "Verhuisd naar een andere gemeente"
    OVERIG = "overig", "Overig"
