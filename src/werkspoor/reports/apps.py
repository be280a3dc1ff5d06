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
    """The quarter's PDF holds the old duiding: remove it at once, make it anew in another
    process (a web request does not wait seconds for a PDF), or here when so configured."""
    import subprocess
    import sys

    from django.conf import settings

    from werkspoor.core.periods import Quarter

    from .services import pdf_path, write_web_pdf
    from .store import current

    stored, quarter = current(), Quarter.parse(kwartaal)
    if stored is None or not stored.horizon.contains(quarter):
        return
    pdf_path(stored, quarter).unlink(missing_ok=True)
    mode = getattr(settings, "WERKSPOOR_PDF_NA_GOEDKEURING", "achtergrond")
    if mode == "direct":
        write_web_pdf(stored, quarter)
    elif mode == "achtergrond":
        subprocess.Popen(
            [sys.executable, "-m", "werkspoor.cli", "voorbereken", "--pdf", kwartaal],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )


class ReportsConfig(AppConfig):
    name = "werkspoor.reports"
    label = "reports"
    verbose_name = "Dashboard en Monitor"

    def ready(self):
        from werkspoor.core.signals import demo_city_built, duiding_published, registry_changed

        registry_changed.connect(_precompute_after_change, dispatch_uid="werkspoor.reports.import")
        demo_city_built.connect(_precompute_after_change, dispatch_uid="werkspoor.reports.demo")
        duiding_published.connect(_pdf_after_approval, dispatch_uid="werkspoor.reports.duiding")
