# SPDX-License-Identifier: EUPL-1.2
"""Functioneel beheer links teamleiders to teams and gives teams their werkgebied."""

from django.contrib import admin

from .models import Teamleiding, Werkgebied


@admin.register(Teamleiding)
class TeamleidingAdmin(admin.ModelAdmin):
    list_display = ["user", "team"]


@admin.register(Werkgebied)
class WerkgebiedAdmin(admin.ModelAdmin):
    list_display = ["team", "wijk"]
    list_filter = ["team"]
