# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class PaymentsConfig(AppConfig):
    name = "werkspoor.payments"
    label = "payments"
    verbose_name = "Betalingen en lasten"

    def ready(self):
        from werkspoor.web.dossier_sections import register_benefit_amounts

        from .dossier import last_payments

        register_benefit_amounts(last_payments)
