# SPDX-License-Identifier: EUPL-1.2
"""The Dashboard and Monitor of a quarter from the precomputed figures: the figures
themselves, the HTML and PDF files (for the raadsbrief's attachments), and their context.
Everything here uses published (disclosure-controlled) figures only."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from werkspoor.core.gemeente import current_gemeente
from werkspoor.core.periods import Quarter
from werkspoor.indicators.catalogue import catalogue
from werkspoor.indicators.output import to_json

from . import charts, monitor, store, themes
from .figures import Figures


class GeenCijfers(LookupError):
    """No precomputed figures yet; the message says what to do."""


def current_or_precompute(report=None) -> store.Stored:
    """The current batch, precomputed first when there is none or the registry moved on
    (for commands; pages never compute)."""
    from werkspoor.registry.stand import horizon

    registry = horizon()
    stored = store.current()
    if store.is_stale(stored, registry):
        if registry.empty:
            raise GeenCijfers(
                "De registratie is leeg; bouw eerst de demostad (werkspoor demo) of lees "
                "gegevens in (werkspoor import MAP)."
            )
        store.precompute(registry, report)
        stored = store.current()
    return stored


def figures_for(stored: store.Stored, kwartaal: Quarter, drempel: int | None = None) -> Figures:
    """The published figures around `kwartaal` from the batch (None = published threshold)."""
    threshold = store.thresholds()[0] if drempel is None else drempel
    return Figures(
        kwartaal,
        lambda periode: store.period_cells(stored.id, periode, threshold),
        stored.horizon.first_quarter,
    )


def svg_data_uri(spec: dict) -> str:
    import vl_convert  # imported late: only the PDF needs it

    svg = vl_convert.vegalite_to_svg(spec, format_locale=charts.DUTCH_NUMBERS)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def report_context(figures: Figures, static: bool, duiding: dict | None = None) -> dict:
    """Template context; `static` adds SVG renderings of every chart (for PDF and file)."""
    tiles = figures.tiles()
    sections = [(page, page.build(figures)) for page in monitor.PAGES]
    years = monitor.years_charts(figures)
    context = {
        "gemeente": current_gemeente(),
        "kwartaal": figures.kwartaal,
        "peildatum": figures.kwartaal.last_day,
        "tiles": [(t, charts.sparkline(t.series)) for t in tiles],
        "sections": sections,
        "years": years,
        "catalogue": catalogue(),
        "drempel": store.thresholds()[0],
        "gemaakt": timezone.localdate(),
        "duiding": duiding or {},
    }
    theme_sections = themes.theme_sections(figures)
    context["themas"] = theme_sections
    if static:
        context["tiles"] = [(t, svg_data_uri(s)) for t, s in context["tiles"]]
        context["svgs"] = {
            chart.id: svg_data_uri(chart.spec) for _, built in sections for chart in built
        } | {chart.id: svg_data_uri(chart.spec) for chart in years}
        theme_specs = themes.theme_specs(figures, theme_sections)
        context["themas"] = [(s, svg_data_uri(theme_specs[s.anker])) for s in theme_sections]
    return context


def render_html(figures: Figures, duiding: dict | None = None) -> str:
    return render_to_string("reports/rapport.html", report_context(figures, True, duiding))


def render_pdf(html: str) -> bytes:
    from weasyprint import HTML  # imported late: loads pango only when a PDF is made

    return HTML(string=html, base_url=str(settings.REPO_ROOT)).write_pdf()


def output_dir(kwartaal: Quarter, uit: str | None = None) -> Path:
    return Path(uit) if uit else Path(settings.DATA_DIR) / "rapporten" / str(kwartaal)


def report_names(kwartaal: Quarter) -> dict[str, str]:
    """The attachments' file names (also named in the raadsbrief)."""
    return {
        "html": f"dashboard-{kwartaal}.html",
        "pdf": f"dashboard-{kwartaal}.pdf",
        "json": f"indicatoren-{kwartaal}.json",
        "specs": f"grafieken-{kwartaal}.json",
    }


def published_duiding(kwartaal: Quarter) -> dict:
    from werkspoor.duidingen.services import published

    return published(kwartaal)


def write_report(kwartaal: Quarter, uit: str | None = None, report=None) -> list[Path]:
    """Write the Dashboard and Monitor (HTML, PDF), the quarter's published figures and the
    chart specs."""
    stored = current_or_precompute(report)
    stored.horizon.check(kwartaal)
    figures = figures_for(stored, kwartaal)
    folder = output_dir(kwartaal, uit)
    folder.mkdir(parents=True, exist_ok=True)
    html = render_html(figures, published_duiding(kwartaal))
    paths = {key: folder / name for key, name in report_names(kwartaal).items()}
    paths["html"].write_text(html, encoding="utf-8")
    paths["pdf"].write_bytes(render_pdf(html))
    paths["json"].write_text(to_json(figures.cells_in(kwartaal)) + "\n", encoding="utf-8")
    specs = {c.id: c.spec for _, built in report_context(figures, False)["sections"] for c in built}
    specs |= themes.theme_specs(figures, themes.theme_sections(figures))
    paths["specs"].write_text(json.dumps(specs, ensure_ascii=False), encoding="utf-8")
    return list(paths.values())


def pdf_path(stored: store.Stored, kwartaal: Quarter) -> Path:
    """Where the web app keeps the quarter's PDF of the current batch."""
    return (
        Path(settings.DATA_DIR) / "rapporten" / "web" / f"{stored.id}" / f"dashboard-{kwartaal}.pdf"
    )


def write_web_pdf(stored: store.Stored, kwartaal: Quarter) -> Path:
    """The PDF the web app serves (made ahead: after a precomputation and an approval)."""
    path = pdf_path(stored, kwartaal)
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in path.parent.parent.iterdir():  # PDFs of earlier batches
        if old.is_dir() and old.name != path.parent.name:
            shutil.rmtree(old, ignore_errors=True)
    html = render_html(figures_for(stored, kwartaal), published_duiding(kwartaal))
    partial = path.with_suffix(".pdf.part")
    partial.write_bytes(render_pdf(html))
    partial.replace(path)
    return path
