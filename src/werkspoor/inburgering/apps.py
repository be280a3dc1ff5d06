# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class InburgeringConfig(AppConfig):
    name = "werkspoor.inburgering"
    label = "inburgering"
    verbose_name = "Inburgering"
