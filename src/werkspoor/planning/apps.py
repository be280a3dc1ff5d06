# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class PlanningConfig(AppConfig):
    name = "werkspoor.planning"
    label = "planning"
    verbose_name = "Agenda en taken"

    def ready(self):
        from werkspoor.core.signals import demo_city_built
        from werkspoor.web.caseload_signals import register_signal_provider
        from werkspoor.web.corrections import register_correctable
        from werkspoor.web.dossier_sections import DossierSection, register_dossier_section

        from . import demo, signals
        from .dossier import planning_section
        from .models import Afspraak, Taak

        register_signal_provider(signals.taken_op_vervaldatum)
        register_dossier_section(
            DossierSection("planning", "planning/_dossier.html", planning_section, order=10)
        )
        register_correctable(
            "afspraak",
            Afspraak,
            ("datum", "tijd", "duur_minuten", "soort", "met", "locatie", "onderwerp", "status"),
        )
        register_correctable("taak", Taak, ("omschrijving", "vervaldatum"))
        demo_city_built.connect(demo.add_planning, dispatch_uid="werkspoor.planning.demo")
