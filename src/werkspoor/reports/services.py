# SPDX-License-Identifier: EUPL-1.2
"""Building one quarter's Dashboard and Monitor: the figures, the chart specs, and the HTML
and PDF files. Everything here uses published (disclosure-controlled) figures only."""

from __future__ import annotations

import base64
import json
import time
from datetime import date
from pathlib import Path

import vl_convert
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from werkspoor.core.gemeente import current_gemeente
from werkspoor.core.periods import Quarter
from werkspoor.indicators.catalogue import catalogue
from werkspoor.indicators.output import to_json
from werkspoor.indicators.services import default_threshold, published_cells
from werkspoor.registry.services import latest_registered_day

from . import charts, themes
from .figures import FIRST_QUARTER, FLOW_QUARTERS, Figures

CACHE_SECONDS = 600
_cache: dict[tuple, tuple[float, object]] = {}


def latest_complete_quarter(today: date | None = None) -> Quarter | None:
    """The last quarter whose last day the registry has reached."""
    day = latest_registered_day(today)
    if day is None:
        return None
    quarter = Quarter.of(day)
    return quarter if day == quarter.last_day else quarter.previous()


def figures_for(kwartaal: Quarter, drempel: int | None = None) -> Figures:
    """Published cells from 2017 (or 12 quarters back) up to `kwartaal`, cached briefly."""
    key = (str(kwartaal), drempel, settings.DATABASES["default"]["NAME"])
    hit = _cache.get(key)
    if hit and time.monotonic() - hit[0] < CACHE_SECONDS:
        return hit[1]
    van = min(FIRST_QUARTER, kwartaal.shift(1 - FLOW_QUARTERS))
    figures = Figures(published_cells(van, kwartaal, drempel), kwartaal)
    _cache[key] = (time.monotonic(), figures)
    return figures


def clear_cache() -> None:
    _cache.clear()


def svg_data_uri(spec: dict) -> str:
    svg = vl_convert.vegalite_to_svg(
        spec,
        format_locale={"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["€ ", ""]},
    )
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def report_context(figures: Figures, static: bool) -> dict:
    """Template context; `static` adds SVG renderings of every chart (for PDF and file)."""
    tiles = figures.tiles()
    specs = charts.monitor_specs(figures)
    sparklines = [charts.sparkline(t.series) for t in tiles]
    context = {
        "gemeente": current_gemeente(),
        "kwartaal": figures.kwartaal,
        "peildatum": figures.kwartaal.last_day,
        "tiles": list(zip(tiles, sparklines, strict=True)),
        "specs": specs,
        "catalogue": catalogue(),
        "drempel": default_threshold(),
        "gemaakt": timezone.localdate(),
    }
    sections = themes.theme_sections(figures)
    context["themas"] = sections
    if static:
        context["svgs"] = {name: svg_data_uri(spec) for name, spec in specs.items()}
        context["tiles"] = [(t, svg_data_uri(s)) for t, s in context["tiles"]]
        theme_specs = themes.theme_specs(figures, sections)
        context["themas"] = [(s, svg_data_uri(theme_specs[s.anker])) for s in sections]
    return context


def render_html(figures: Figures) -> str:
    return render_to_string("reports/rapport.html", report_context(figures, static=True))


def render_pdf(html: str) -> bytes:
    from weasyprint import HTML  # imported late: loads pango only when a PDF is made

    return HTML(string=html, base_url=str(settings.REPO_ROOT)).write_pdf()


def output_dir(kwartaal: Quarter, uit: str | None = None) -> Path:
    return Path(uit) if uit else Path(settings.DATA_DIR) / "rapporten" / str(kwartaal)


def write_report(kwartaal: Quarter, uit: str | None = None) -> list[Path]:
    """Write dashboard-<Q>.html, dashboard-<Q>.pdf and the quarter's published figures."""
    figures = figures_for(kwartaal)
    folder = output_dir(kwartaal, uit)
    folder.mkdir(parents=True, exist_ok=True)
    html = render_html(figures)
    paths = {
        "html": folder / f"dashboard-{kwartaal}.html",
        "pdf": folder / f"dashboard-{kwartaal}.pdf",
        "json": folder / f"indicatoren-{kwartaal}.json",
        "specs": folder / f"grafieken-{kwartaal}.json",
    }
    paths["html"].write_text(html, encoding="utf-8")
    paths["pdf"].write_bytes(render_pdf(html))
    paths["json"].write_text(to_json(figures.cells_in(kwartaal)) + "\n", encoding="utf-8")
    specs = charts.monitor_specs(figures)
    specs |= themes.theme_specs(figures, themes.theme_sections(figures))
    paths["specs"].write_text(json.dumps(specs, ensure_ascii=False), encoding="utf-8")
    return list(paths.values())
