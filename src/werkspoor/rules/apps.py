# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class RulesConfig(AppConfig):
    name = "werkspoor.rules"
    label = "rules"
