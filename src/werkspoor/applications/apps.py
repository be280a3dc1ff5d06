# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class ApplicationsConfig(AppConfig):
    name = "werkspoor.applications"
    label = "applications"
    verbose_name = "Aanvragen en besluiten"
