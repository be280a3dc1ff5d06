# SPDX-License-Identifier: EUPL-1.2
"""Admin for functioneel beheer. Lists show codes only, never BSN or names."""

from django.contrib import admin

from .models import Aanvraag, Opschorting


class OpschortingInline(admin.TabularInline):
    model = Opschorting
    extra = 0
    fields = ["vanaf", "tot", "reden"]


@admin.register(Aanvraag)
class AanvraagAdmin(admin.ModelAdmin):
    list_display = ["external_id", "regeling", "aanvraagdatum", "besluit", "besluitdatum"]
    list_filter = ["regeling", "besluit"]
    search_fields = ["external_id"]
    date_hierarchy = "aanvraagdatum"
    raw_id_fields = ["inwoner"]
    inlines = [OpschortingInline]
