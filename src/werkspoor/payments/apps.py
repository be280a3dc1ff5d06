# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class PaymentsConfig(AppConfig):
    name = "werkspoor.payments"
    label = "payments"
    verbose_name = "Betalingen en lasten"
