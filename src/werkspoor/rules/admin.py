# SPDX-License-Identifier: EUPL-1.2
"""Beheer of registered vrijwilligersvergoedingen (functioneel beheer, uitkeringsadministratie)."""

from django.contrib import admin

from .models import VrijwilligersvergoedingRegistratie


@admin.register(VrijwilligersvergoedingRegistratie)
class VrijwilligersvergoedingAdmin(admin.ModelAdmin):
    list_display = ("inwoner", "maand", "bedrag", "kosten_aangetoond")
    list_filter = ("maand",)
    raw_id_fields = ("inwoner",)
