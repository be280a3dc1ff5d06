# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class EmployersConfig(AppConfig):
    name = "werkspoor.employers"
    label = "employers"
    verbose_name = "Werkgevers"
