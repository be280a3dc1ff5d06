# SPDX-License-Identifier: EUPL-1.2
"""Person data from the BRP (Haal Centraal BRP Personen Bevragen, version 2)."""

from django.apps import AppConfig


class BrpConfig(AppConfig):
    name = "werkspoor.brp"
    label = "brp"
    verbose_name = "BRP"
