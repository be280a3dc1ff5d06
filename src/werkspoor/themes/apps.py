# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class ThemesConfig(AppConfig):
    name = "werkspoor.themes"
    verbose_name = "Huisstijl"
