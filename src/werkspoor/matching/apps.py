# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "werkspoor.matching"
    label = "matching"
    verbose_name = "Matching en voordrachten"

    def ready(self):
        from werkspoor.core.signals import demo_city_built
        from werkspoor.web.dossier_sections import DossierSection, register_dossier_section
        from werkspoor.web.notices import register_notice_provider

        from . import demo
        from .dossier import matching_section
        from .notices import waiting_proposals

        register_dossier_section(
            DossierSection("matching", "matching/_dossier.html", matching_section, order=20)
        )
        register_notice_provider(waiting_proposals)
        _forget_profiles_on_changes()
        # After the employers' own demo material (contact persons), so dispatch order is fixed.
        demo_city_built.connect(demo.add_matching, dispatch_uid="werkspoor.matching.demo")


def _forget_profiles_on_changes():
    """The ranking keeps the pool's profiles a minute; a change to what they are made of,
    through the application, forgets them at once."""
    from django.db.models.signals import post_delete, post_save

    from werkspoor.core.signals import demo_city_built
    from werkspoor.registry import models as registry

    from .models import Werkwens
    from .ranking import forget_profiles

    for model in (
        registry.Inwoner,
        registry.Uitkering,
        registry.ArrangementPeriode,
        registry.Doel,
        registry.Traject,
        registry.Deeltijdwerk,
        Werkwens,
    ):
        for signal in (post_save, post_delete):
            signal.connect(forget_profiles, sender=model, dispatch_uid=f"matching.{model.__name__}")
    demo_city_built.connect(forget_profiles, dispatch_uid="matching.demo_city_built")
