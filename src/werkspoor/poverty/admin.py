# SPDX-License-Identifier: EUPL-1.2
"""Admin for functioneel beheer: internal codes and amounts only, never names or BSN."""

from django.contrib import admin

from . import models


@admin.register(models.UPas)
class UPasAdmin(admin.ModelAdmin):
    list_display = ["external_id", "pasjaar", "tegoed", "besteed"]
    list_filter = ["pasjaar"]
    search_fields = ["external_id"]
    raw_id_fields = ["inwoner"]
