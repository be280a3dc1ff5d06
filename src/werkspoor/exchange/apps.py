# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class ExchangeConfig(AppConfig):
    name = "werkspoor.exchange"
    label = "exchange"
