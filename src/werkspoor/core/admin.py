# SPDX-License-Identifier: EUPL-1.2
"""The audit log in the admin: readable by functioneel beheer, never editable or deletable."""

from django.contrib import admin

from .models import AuditRecord


class ReadOnlyAdmin(admin.ModelAdmin):
    """Shown, never added, changed or deleted here: the app's own screens do that, with
    their validation and audit records (or nothing may, like the audit log)."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditRecord)
class AuditRecordAdmin(ReadOnlyAdmin):
    list_display = ("volgnummer", "tijdstip", "gebruiker", "actie", "inwoner_id", "trace_id")
    list_filter = ("actie",)
    search_fields = ("gebruiker", "trace_id")
