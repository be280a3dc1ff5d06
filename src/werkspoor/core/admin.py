# SPDX-License-Identifier: EUPL-1.2
"""The audit log in the admin: readable by functioneel beheer, never editable or deletable."""

from django.contrib import admin

from .models import AuditRecord


@admin.register(AuditRecord)
class AuditRecordAdmin(admin.ModelAdmin):
    list_display = ("volgnummer", "tijdstip", "gebruiker", "actie", "inwoner_id")
    list_filter = ("actie",)
    search_fields = ("gebruiker",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
