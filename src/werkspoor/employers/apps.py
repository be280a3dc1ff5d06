# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class EmployersConfig(AppConfig):
    name = "werkspoor.employers"
    label = "employers"
    verbose_name = "Werkgevers"

    def ready(self):
        from werkspoor.core.signals import demo_city_built

        from .demo import add_employer_details

        demo_city_built.connect(add_employer_details, dispatch_uid="werkspoor.employers.demo")
