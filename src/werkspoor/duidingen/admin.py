# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin

from .models import Duiding, DuidingVersie


class VersieInline(admin.TabularInline):
    model = DuidingVersie
    extra = 0
    can_delete = False
    readonly_fields = (
        "nummer",
        "tekst",
        "auteur",
        "geschreven_op",
        "goedgekeurd_door",
        "goedgekeurd_op",
    )

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Duiding)
class DuidingAdmin(admin.ModelAdmin):
    """Read-only: duiding is written and approved in the web app, where it is audited."""

    list_display = ("kwartaal", "tegel")
    list_filter = ("kwartaal",)
    inlines = [VersieInline]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False
