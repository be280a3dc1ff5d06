# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_name_index(sender, using, **kwargs):
    """After every migrate: a later schema change of registry_inwoner may have rebuilt the
    table on SQLite without the name index's triggers (name_index.py)."""
    from django.db import connections

    from .name_index import ensure

    ensure(connections[using])


class RegistryConfig(AppConfig):
    name = "werkspoor.registry"
    label = "registry"
    verbose_name = "Registratie"

    def ready(self):
        from werkspoor.core.signals import demo_city_built, registry_changed

        from .stand import clear_cache

        registry_changed.connect(clear_cache, dispatch_uid="werkspoor.registry.stand")
        post_migrate.connect(_ensure_name_index, sender=self, dispatch_uid="registry-name-index")
        demo_city_built.connect(clear_cache, dispatch_uid="werkspoor.registry.stand.demo")
