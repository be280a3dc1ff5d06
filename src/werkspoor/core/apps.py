# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_audit_head(sender, using="default", **kwargs):
    from django.db import connections

    if "core_auditkop" not in connections[using].introspection.table_names():
        return  # migrating backwards, or only part of the way
    from .audit.records import ensure_head

    ensure_head()


class CoreConfig(AppConfig):
    name = "werkspoor.core"
    label = "core"
    verbose_name = "Kern"

    def ready(self):
        post_migrate.connect(_ensure_audit_head, sender=self)
