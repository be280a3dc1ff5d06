# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin

from .models import BrpGegeven


@admin.register(BrpGegeven)
class BrpGegevenAdmin(admin.ModelAdmin):
    list_display = ("inwoner", "veld", "status", "opgehaald_op", "afgehandeld_door")
    list_filter = ("status", "veld")
    readonly_fields = [f.name for f in BrpGegeven._meta.fields]

    def has_add_permission(self, request):
        return False
