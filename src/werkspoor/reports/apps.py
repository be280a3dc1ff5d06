# SPDX-License-Identifier: EUPL-1.2
"""The Dashboard and Monitor Werk en Inkomen: precomputed published figures, the public
pages, the downloads and the PDF."""

from django.apps import AppConfig


def _precompute_after_change(sender, **kwargs):
    from django.conf import settings

    if not getattr(settings, "WERKSPOOR_VOORBEREKENEN", True):
        return
    from .store import precompute

    precompute(report=print)


def _pdf_after_approval(sender, kwartaal, **kwargs):
    from werkspoor.core.periods import Quarter

    from .services import write_web_pdf
    from .store import current

    stored = current()
    if stored is not None and stored.horizon.contains(Quarter.parse(kwartaal)):
        write_web_pdf(stored, Quarter.parse(kwartaal))


class ReportsConfig(AppConfig):
    name = "werkspoor.reports"
    label = "reports"
    verbose_name = "Dashboard en Monitor"

    def ready(self):
        from werkspoor.core.signals import demo_city_built, duiding_published, registry_changed

        registry_changed.connect(_precompute_after_change, dispatch_uid="werkspoor.reports.import")
        demo_city_built.connect(_precompute_after_change, dispatch_uid="werkspoor.reports.demo")
        duiding_published.connect(_pdf_after_approval, dispatch_uid="werkspoor.reports.duiding")
