# SPDX-License-Identifier: EUPL-1.2
"""Admin for functioneel beheer. Lists show internal codes only, never BSN or names."""

from django.contrib import admin

from . import models


class PeriodInline(admin.TabularInline):
    extra = 0


class UitkeringInline(PeriodInline):
    model = models.Uitkering
    fields = ["external_id", "regeling", "startdatum", "einddatum", "reden_beeindiging"]


class ArrangementInline(PeriodInline):
    model = models.ArrangementPeriode
    fields = ["arrangement", "startdatum", "einddatum", "reden"]


class ToewijzingInline(PeriodInline):
    model = models.Toewijzing
    fields = ["werkcoach", "startdatum", "einddatum"]
    autocomplete_fields = ["werkcoach"]


@admin.register(models.Inwoner)
class InwonerAdmin(admin.ModelAdmin):
    list_display = ["external_id", "wijk", "huishoudtype"]
    list_filter = [
        "wijk",
        "huishoudtype",
        "structurele_arbeidsbeperking",
        "inburgeraar",
        "statushouder",
    ]
    search_fields = ["external_id"]
    inlines = [UitkeringInline, ArrangementInline, ToewijzingInline]


@admin.register(models.Werkcoach)
class WerkcoachAdmin(admin.ModelAdmin):
    list_display = ["external_id", "naam", "team"]
    list_filter = ["team"]
    search_fields = ["external_id", "naam"]


admin.site.register(models.Team)
admin.site.site_header = "Werkspoor beheer"
admin.site.site_title = "Werkspoor"
