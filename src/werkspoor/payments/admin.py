# SPDX-License-Identifier: EUPL-1.2
"""Admin for functioneel beheer. Lists show codes only, never BSN or names."""

from django.contrib import admin

from .models import Betaling


@admin.register(Betaling)
class BetalingAdmin(admin.ModelAdmin):
    list_display = ["external_id", "regeling", "maand", "bedrag"]
    list_filter = ["regeling"]
    search_fields = ["external_id"]
    date_hierarchy = "maand"
    raw_id_fields = ["inwoner"]
