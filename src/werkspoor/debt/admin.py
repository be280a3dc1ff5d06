# SPDX-License-Identifier: EUPL-1.2
"""Admin for functioneel beheer: internal codes and dates only, never names or BSN."""

from django.contrib import admin

from . import models


@admin.register(models.Schuldhulptraject)
class SchuldhulptrajectAdmin(admin.ModelAdmin):
    list_display = ["external_id", "aanmelddatum", "spoed", "soort", "einddatum", "resultaat"]
    list_filter = ["spoed", "soort", "resultaat"]
    search_fields = ["external_id"]
    raw_id_fields = ["inwoner"]


@admin.register(models.Vroegsignaal)
class VroegsignaalAdmin(admin.ModelAdmin):
    list_display = ["external_id", "datum", "bron", "contactdatum", "aanmelding"]
    list_filter = ["bron", "aanmelding"]
    search_fields = ["external_id"]
    raw_id_fields = ["inwoner"]
