# SPDX-License-Identifier: EUPL-1.2
"""The public calculator (no login): the page, its JSON API and the OpenAPI schema."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import yaml
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET, require_http_methods

from werkspoor.core.security import publicly_cacheable

from .calculator import bereken
from .chart import inkomen_grafiek
from .errors import RegelInvoerFout
from .forms import RekenhulpForm, default_startmaand
from .system import parameter_range

_SCHEMA = Path(__file__).parent / "openapi.yaml"


def _form(data):
    bereik = parameter_range()
    initial = {"startmaand": default_startmaand(date.today(), bereik), "huisgenoten": 0}
    return RekenhulpForm(data or None, initial=initial), bereik


def _calculate(form) -> tuple[dict | None, str | None]:
    if not form.is_valid():
        return None, None
    try:
        return bereken(form.aanvraag()), None
    except RegelInvoerFout as error:
        return None, str(error)


@require_http_methods(["GET", "POST"])
def rekenhulp(request):
    form, bereik = _form(request.POST if request.method == "POST" else request.GET)
    uitkomst, fout = _calculate(form)
    context = {"form": form, "uitkomst": uitkomst, "fout": fout, "bereik": bereik}
    if uitkomst:
        context["grafiek"] = inkomen_grafiek(uitkomst["maanden"], uitkomst["zonder_werk"]["totaal"])
    return render(request, "rules/rekenhulp.html", context, status=400 if fout else 200)


@require_GET
def rekenhulp_api(request):
    form, _ = _form(request.GET)
    uitkomst, fout = _calculate(form)
    if uitkomst is not None:
        return JsonResponse(uitkomst)
    fouten = (
        {field: [str(e) for e in errors] for field, errors in form.errors.items()}
        if form.errors
        else {}
    )
    if fout:
        fouten["__all__"] = [fout]
    if not request.GET:
        fouten = {"__all__": ["Geef de situatie mee in de query string; zie /api/schema/."]}
    return JsonResponse({"fouten": fouten}, status=400)


@cache
def _schema() -> dict:
    return yaml.safe_load(_SCHEMA.read_text(encoding="utf-8"))


@require_GET
@publicly_cacheable()
def schema(request):
    return JsonResponse(_schema())
