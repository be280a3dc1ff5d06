# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "werkspoor.registry"
    label = "registry"
    verbose_name = "Registratie"

    def ready(self):
        from werkspoor.core.signals import demo_city_built, registry_changed

        from .stand import clear_cache

        registry_changed.connect(clear_cache, dispatch_uid="werkspoor.registry.stand")
        demo_city_built.connect(clear_cache, dispatch_uid="werkspoor.registry.stand.demo")
