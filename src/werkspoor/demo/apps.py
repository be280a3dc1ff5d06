# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "werkspoor.demo"
    label = "demo"
