# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin

from . import models


@admin.register(models.Werkwens)
class WerkwensAdmin(admin.ModelAdmin):
    list_display = ["inwoner_id", "uren_min", "uren_max", "bijgewerkt_op"]
    raw_id_fields = ["inwoner"]


@admin.register(models.Voordracht)
class VoordrachtAdmin(admin.ModelAdmin):
    list_display = ["vacature", "inwoner_id", "status", "oordeel", "voorgesteld_op"]
    list_filter = ["status", "oordeel"]
    raw_id_fields = ["inwoner", "vacature", "ontmoeting", "plaatsing"]
