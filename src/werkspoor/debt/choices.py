# SPDX-License-Identifier: EUPL-1.2
"""The code lists of schulddienstverlening; the codes are those of the exchange format."""

from django.db import models


class SchuldhulpSoort(models.TextChoices):
    ADVIES = "advies", "Advies"
    BUDGETBEHEER = "budgetbeheer", "Budgetbeheer"
    SCHULDREGELING = "schuldregeling", "Schuldregeling"
    SANERINGSKREDIET = "saneringskrediet", "Saneringskrediet"
    WSNP = "wsnp", "Wsnp (wettelijke schuldsanering)"
    BESCHERMINGSBEWIND = "beschermingsbewind", "Beschermingsbewind"
    OVERIG = "overig", "Overig"


class SchuldhulpResultaat(models.TextChoices):
    SCHULDENVRIJ = "schuldenvrij", "Schuldenvrij"
    STABIEL = "stabiel", "Stabiele financiële situatie"
    UITGEVALLEN = "uitgevallen", "Uitgevallen"
    DOORVERWEZEN = "doorverwezen", "Doorverwezen"
    OVERIG = "overig", "Overig"


class SignaalBron(models.TextChoices):
    WONINGCORPORATIE = "woningcorporatie", "Woningcorporatie (huurachterstand)"
    ENERGIE = "energie", "Energieleverancier"
    WATER = "water", "Drinkwaterbedrijf"
    ZORGVERZEKERAAR = "zorgverzekeraar", "Zorgverzekeraar"
    OVERIG = "overig", "Overig"
