# SPDX-License-Identifier: EUPL-1.2
"""The code lists of the registry; the codes are those of the exchange format."""

from django.db import models


class Huishoudtype(models.TextChoices):
    ALLEENSTAANDE = "alleenstaande", "Alleenstaande"
    ALLEENSTAANDE_OUDER = "alleenstaande_ouder", "Alleenstaande ouder"
    GEHUWDEN = "gehuwden", "Gehuwden / samenwonenden"


class Regeling(models.TextChoices):
    PW = "PW", "Participatiewet"
    IOAW = "IOAW", "IOAW"
    IOAZ = "IOAZ", "IOAZ"
    BBZ = "BBZ", "Bbz"


class RedenBeeindiging(models.TextChoices):
    WERK = "werk", "Werk"
    ANDER_INKOMEN = "ander_inkomen", "Ander inkomen"
    VERHUIZING = "verhuizing", "Verhuizing"
    OPLEIDING = "opleiding", "Opleiding"
    DETENTIE = "detentie", "Detentie"
    OVERLIJDEN = "overlijden", "Overlijden"
    OVERIG = "overig", "Overig"


class Arrangement(models.IntegerChoices):
    DIRECT_NAAR_WERK = 1, "1 Direct naar werk"
    WERK_STAAT_VOOROP = 2, "2 Werk staat voorop"
    WERKEN_ALS_OPSTAP = 3, "3 Werken als opstap"
    MEEDOEN_NAAR_VERMOGEN = 4, "4 Meedoen naar vermogen"


class Werkdienstverlening(models.TextChoices):
    BASIS = "basis", "Basis"
    PLUS = "plus", "Plus"


class DoelSoort(models.TextChoices):
    OPLEIDING = "opleiding", "Opleiding"
    WERKFIT = "werkfit", "Werkfit"
    BETAALD_WERK = "betaald_werk", "Betaald werk"
    ONDERNEMEN = "ondernemen", "Ondernemen"
    MAATSCHAPPELIJK_FIT = "maatschappelijk_fit", "Maatschappelijk fit"


class DoelStatus(models.TextChoices):
    ACTIEF = "actief", "Actief"
    BEHAALD = "behaald", "Behaald"
    GESTOPT = "gestopt", "Gestopt"


class Instrument(models.TextChoices):
    SCHOLING = "scholing", "Scholing"
    WERKERVARINGSPLEK = "werkervaringsplek", "Werkervaringsplek"
    WERKEN_MET_BEHOUD = "werken_met_behoud", "Werken met behoud van uitkering"
    LOONKOSTENSUBSIDIE = "loonkostensubsidie", "Loonkostensubsidie"
    BESCHUT_WERK = "beschut_werk", "Beschut werk"
    JOBCOACHING = "jobcoaching", "Jobcoaching"
    IPS = "ips", "IPS (individuele plaatsing en steun)"
    TALENTENSCAN = "talentenscan", "Talentenscan"
    ACTIVERING = "activering", "Activering / hulpverlening bij partner"
    OVERIG = "overig", "Overig"


class TrajectResultaat(models.TextChoices):
    AFGEROND = "afgerond", "Afgerond volgens plan"
    WERK = "werk", "Uitgestroomd naar werk"
    VOORTIJDIG_GESTOPT = "voortijdig_gestopt", "Voortijdig gestopt"
    OVERIG = "overig", "Overig"


class Kanaal(models.TextChoices):
    PERSOONLIJK = "persoonlijk", "Persoonlijk"
    TELEFONISCH = "telefonisch", "Telefonisch"
    MAIL = "mail", "Mail"
    DRIEGESPREK = "driegesprek", "Driegesprek"
