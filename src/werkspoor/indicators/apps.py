# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "werkspoor.indicators"
    label = "indicators"
