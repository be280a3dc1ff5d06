# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "werkspoor.registry"
    label = "registry"
    verbose_name = "Registratie"
