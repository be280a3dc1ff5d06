# SPDX-License-Identifier: EUPL-1.2
"""Public pages: the quarter's Dashboard, the Monitor's pages, whole years, the downloads
and the indicator catalogue. They read precomputed, published figures only and never start
a computation: a period outside the horizon is a 404 with an explanation, figures not yet
computed a 503. Figures without disclosure control only for `may_see_unsuppressed`."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from werkspoor.core.periods import Quarter
from werkspoor.core.security import allow_script_eval, publicly_cacheable
from werkspoor.indicators.access import may_see_unsuppressed
from werkspoor.indicators.catalogue import catalogue
from werkspoor.registry.stand import BuitenHorizon

from . import charts, downloads, monitor, store, themes
from .breakdowns import breakdown_choices, breakdown_table
from .figures import to_date_label
from .services import figures_for, pdf_path, published_duiding

RETRY_SECONDS = 60


class _Answer(Exception):
    """A response to give instead of the page (404 outside the horizon, 503 not ready)."""

    def __init__(self, response: HttpResponse):
        self.response = response


def _stored(request) -> store.Stored:
    stored = store.current()
    if stored is None:
        response = render(request, "reports/wacht.html", status=503)
        response["Retry-After"] = str(RETRY_SECONDS)
        raise _Answer(response)
    return stored


def _quarter(request, stored: store.Stored, label: str) -> Quarter:
    try:
        quarter = Quarter.parse(label)
        stored.horizon.check(quarter)
    except (ValueError, BuitenHorizon) as error:
        raise _Answer(_outside(request, stored, str(error))) from error
    return quarter


def _outside(request, stored: store.Stored, message: str) -> HttpResponse:
    latest = stored.horizon.latest_quarter
    return render(
        request,
        "reports/buiten_horizon.html",
        {"message": message, "latest": latest, "horizon": stored.horizon},
        status=404,
    )


def answers(view):
    """Give the 404 or 503 a helper raised instead of the page."""

    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except _Answer as answer:
            return answer.response

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def _unsuppressed(request) -> bool:
    return request.GET.get("onthullingscontrole") == "uit" and may_see_unsuppressed(request.user)


def _navigation(stored: store.Stored, quarter: Quarter) -> dict:
    horizon = stored.horizon
    quarters = horizon.quarters()
    return {
        "kwartaal": quarter,
        "vorige": quarter.previous() if quarter.previous() >= horizon.first_quarter else None,
        "volgende": quarter.next() if quarter.next() <= horizon.latest_quarter else None,
        "kwartalen": list(reversed(quarters)),
        "pages": monitor.PAGES,
        "stand": horizon.stand,
    }


@answers
def latest(request):
    stored = _stored(request)
    return redirect("reports:kwartaal", kwartaal=str(stored.horizon.latest_quarter))


@answers
def choose(request):
    """The quarter picker (a GET form, so it works without JavaScript)."""
    stored = _stored(request)
    label = request.GET.get("kwartaal", "")
    quarter = _quarter(request, stored, label)
    target = request.GET.get("pagina", "")
    if target and monitor.page(target) is not None:
        return redirect("reports:monitor_pagina", kwartaal=str(quarter), pagina=target)
    if target == "monitor":
        return redirect("reports:monitor", kwartaal=str(quarter))
    return redirect("reports:kwartaal", kwartaal=str(quarter))


def _comparisons(tiles, quarter: Quarter) -> dict:
    from werkspoor.referenties.services import comparisons

    return {t.id: comparisons(t.indicator.id, quarter) for t in tiles}


@publicly_cacheable()
@answers
def kwartaal(request, kwartaal):
    stored = _stored(request)
    quarter = _quarter(request, stored, kwartaal)
    unsuppressed = _unsuppressed(request)
    figures = figures_for(stored, quarter, drempel=0 if unsuppressed else None)
    choices = breakdown_choices()
    chosen = request.GET.get("uitsplitsing", "wijk")
    if chosen not in dict(choices):
        chosen = "wijk"
    tiles = figures.tiles()
    duiding = published_duiding(quarter)
    references = _comparisons(tiles, quarter)
    sections = themes.theme_sections(figures)
    theme_specs = themes.theme_specs(figures, sections)
    response = render(
        request,
        "reports/dashboard.html",
        _navigation(stored, quarter)
        | {
            "tiles": [
                (t, charts.sparkline(t.series), f"spark-{n}", duiding.get(t.id), references[t.id])
                for n, t in enumerate(tiles)
            ],
            "algemeen": duiding.get("algemeen"),
            "to_date": to_date_label(quarter),
            "themas": [(s, f"thema-{n}", theme_specs[s.anker]) for n, s in enumerate(sections)],
            "choices": choices,
            "chosen": chosen,
            "chosen_label": dict(choices)[chosen],
            "table": breakdown_table(figures, chosen),
            "drempel": store.thresholds()[0],
            "unsuppressed": unsuppressed,
            "may_unsuppress": may_see_unsuppressed(request.user),
            "pdf_ready": pdf_path(stored, quarter).exists(),
        },
    )
    return allow_script_eval(response)


@publicly_cacheable()
@answers
def monitor_page(request, kwartaal, pagina=""):
    stored = _stored(request)
    quarter = _quarter(request, stored, kwartaal)
    page = monitor.page(pagina)
    if page is None:
        raise Http404("Deze pagina van de Monitor bestaat niet.")
    figures = figures_for(stored, quarter, drempel=0 if _unsuppressed(request) else None)
    response = render(
        request,
        "reports/monitor.html",
        _navigation(stored, quarter)
        | {"page": page, "charts": page.build(figures), "unsuppressed": _unsuppressed(request)},
    )
    return allow_script_eval(response)


@publicly_cacheable()
@answers
def jaren(request):
    stored = _stored(request)
    latest_quarter = stored.horizon.latest_quarter
    figures = figures_for(stored, latest_quarter)
    years = figures.years()
    cat = catalogue()
    rows = [
        (
            str(y),
            [
                (cat.get(indicator), figures.value(indicator, y, **cell))
                for indicator, cell in downloads.YEAR_COLUMNS
            ],
        )
        for y in years
    ]
    response = render(
        request,
        "reports/jaren.html",
        {
            "years": years,
            "charts": monitor.years_charts(figures),
            "columns": [(catalogue().get(i), cell) for i, cell in downloads.YEAR_COLUMNS],
            "rows": rows,
            "latest": latest_quarter,
            "stand": stored.horizon.stand,
        },
    )
    return allow_script_eval(response)


@publicly_cacheable()
@answers
def download(request, kwartaal, formaat):
    stored = _stored(request)
    quarter = _quarter(request, stored, kwartaal)
    if formaat == "pdf":
        path = pdf_path(stored, quarter)
        if not path.exists():
            response = render(
                request,
                "reports/wacht.html",
                {"kwartaal": quarter, "bestand": "de PDF"},
                status=503,
            )
            response["Retry-After"] = str(RETRY_SECONDS)
            return response
        return FileResponse(
            path.open("rb"), as_attachment=True, filename=f"dashboard-{quarter}.pdf"
        )
    figures = figures_for(stored, quarter)
    content, content_type = downloads.render(formaat, figures, stored)
    response = HttpResponse(content, content_type=content_type)
    name = f"cijfers-{quarter}.{formaat}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@login_required
@answers
def raadsbrief(request, kwartaal):
    """The letter to the council as Word (beleid: it carries draft duiding context)."""
    from .raadsbrief import build_docx, file_name

    if not request.user.has_perm("duidingen.schrijf_duiding"):
        raise PermissionDenied("Alleen beleid maakt de raadsbrief.")
    stored = _stored(request)
    quarter = _quarter(request, stored, kwartaal)
    content = build_docx(figures_for(stored, quarter), published_duiding(quarter))
    response = HttpResponse(content, content_type=DOCX)
    response["Content-Disposition"] = f'attachment; filename="{file_name(quarter)}"'
    return response


@publicly_cacheable()
def indicatoren(request):
    return render(
        request,
        "reports/indicatoren.html",
        {"catalogue": catalogue(), "dashboard": reverse("reports:latest")},
    )
