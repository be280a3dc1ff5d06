# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class PovertyConfig(AppConfig):
    name = "werkspoor.poverty"
    label = "poverty"
    verbose_name = "Armoede"
