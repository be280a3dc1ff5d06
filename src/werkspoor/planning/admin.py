# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin

from . import models


@admin.register(models.Afspraak)
class AfspraakAdmin(admin.ModelAdmin):
    list_display = ["datum", "tijd", "soort", "status", "inwoner_id", "werkcoach"]
    list_filter = ["soort", "status"]
    raw_id_fields = ["inwoner"]


@admin.register(models.Taak)
class TaakAdmin(admin.ModelAdmin):
    list_display = ["vervaldatum", "omschrijving", "afgerond_op", "inwoner_id", "werkcoach"]
    raw_id_fields = ["inwoner"]
