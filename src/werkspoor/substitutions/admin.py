# SPDX-License-Identifier: EUPL-1.2
"""Vervangingen in the admin: readable for functioneel beheer; set them on the team screen,
where they are validated and audited."""

from django.contrib import admin

from werkspoor.core.admin import ReadOnlyAdmin

from .models import Vervanging


@admin.register(Vervanging)
class VervangingAdmin(ReadOnlyAdmin):
    list_display = ("vervanger", "afwezige", "startdatum", "einddatum", "ingesteld_door")
    list_filter = ("startdatum",)
