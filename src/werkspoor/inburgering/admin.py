# SPDX-License-Identifier: EUPL-1.2
"""Admin for functioneel beheer: internal codes and dates only, never names or BSN."""

from django.contrib import admin

from . import models


@admin.register(models.Inburgering)
class InburgeringAdmin(admin.ModelAdmin):
    list_display = ["external_id", "startdatum", "doelgroep", "pip_datum", "route", "einddatum"]
    list_filter = ["doelgroep", "route", "resultaat"]
    search_fields = ["external_id"]
    raw_id_fields = ["inwoner"]
