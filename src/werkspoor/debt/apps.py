# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class DebtConfig(AppConfig):
    name = "werkspoor.debt"
    label = "debt"
    verbose_name = "Schuldhulpverlening"
