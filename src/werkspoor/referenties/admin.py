# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin

from .models import Referentiewaarde


@admin.register(Referentiewaarde)
class ReferentiewaardeAdmin(admin.ModelAdmin):
    list_display = ("reeks", "gebied", "periode", "waarde", "eenheid", "ingelezen_op")
    list_filter = ("reeks", "gebied")
    readonly_fields = [f.name for f in Referentiewaarde._meta.fields]

    def has_add_permission(self, request):
        return False  # series come in as a file, with their source (and in the audit log)
