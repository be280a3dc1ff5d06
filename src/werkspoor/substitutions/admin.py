# SPDX-License-Identifier: EUPL-1.2
"""Vervangingen in the admin: readable for functioneel beheer; set them on the team screen,
where they are validated and audited."""

from django.contrib import admin

from .models import Vervanging


@admin.register(Vervanging)
class VervangingAdmin(admin.ModelAdmin):
    list_display = ("vervanger", "afwezige", "startdatum", "einddatum", "ingesteld_door")
    list_filter = ("startdatum",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
