# SPDX-License-Identifier: EUPL-1.2
"""The code lists of applications and decisions; the codes are those of the exchange format.

An application (aanvraag) is for one regeling: one of the four benefits of the registry
(registry.choices.Regeling) or one of the municipal minimaregelingen. Payments use the same
list, so that a payment and the application behind it name their regeling alike.
"""

from django.db import models

from werkspoor.registry.choices import Regeling

MINIMAREGELINGEN = ("bijzondere_bijstand", "iit", "kwijtschelding", "studietoeslag", "upas")


class AanvraagRegeling(models.TextChoices):
    PW = Regeling.PW.value, "Participatiewet"
    IOAW = Regeling.IOAW.value, "IOAW"
    IOAZ = Regeling.IOAZ.value, "IOAZ"
    BBZ = Regeling.BBZ.value, "Bbz"
    BIJZONDERE_BIJSTAND = "bijzondere_bijstand", "Bijzondere bijstand"
    IIT = "iit", "Individuele inkomenstoeslag"
    KWIJTSCHELDING = "kwijtschelding", "Kwijtschelding gemeentelijke belastingen"
    STUDIETOESLAG = "studietoeslag", "Studietoeslag"
    UPAS = "upas", "U-pas"


# The regelingen whose toekenning starts an uitkering in the registry.
UITKERING_REGELINGEN = tuple(Regeling.values)


class Besluit(models.TextChoices):
    TOEKENNING = "toekenning", "Toekenning"
    AFWIJZING = "afwijzing", "Afwijzing"
    BUITEN_BEHANDELING = "buiten_behandeling", "Buiten behandeling gesteld"
    INTREKKING = "intrekking", "Ingetrokken door de aanvrager"


class RedenAfwijzing(models.TextChoices):
    """Why an application was refused (required with an afwijzing, empty otherwise)."""

    INKOMEN = "inkomen", "Inkomen boven de grens"
    VERMOGEN = "vermogen", "Vermogen boven de grens"
    VOORLIGGENDE_VOORZIENING = "voorliggende_voorziening", "Voorliggende voorziening"
    WOONPLAATS = "woonplaats", "Geen woonplaats in de gemeente"
    LEEFTIJD = "leeftijd", "Leeftijd"
    STUDENT = "student", "Recht op studiefinanciering"
    DETENTIE = "detentie", "Detentie"
    INLICHTINGEN = "inlichtingen", "Recht niet vast te stellen (inlichtingen)"
    OVERIG = "overig", "Overige reden"
