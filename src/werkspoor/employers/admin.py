# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin

from . import models


@admin.register(models.Werkgever)
class WerkgeverAdmin(admin.ModelAdmin):
    list_display = ["external_id", "naam", "sector"]
    search_fields = ["naam", "external_id"]
