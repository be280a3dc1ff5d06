# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "werkspoor.search"
    label = "search"
    verbose_name = "Zoeken"
