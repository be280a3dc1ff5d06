# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class SubstitutionsConfig(AppConfig):
    name = "werkspoor.substitutions"
    label = "substitutions"
    verbose_name = "Vervangingen"
