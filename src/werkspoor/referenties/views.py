# SPDX-License-Identifier: EUPL-1.2
"""Beleid's screen for reference series: what is stored, with its source, and an upload."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from werkspoor.indicators.catalogue import catalogue

from . import services
from .forms import ReferentieForm

IMPORT = "referenties.importeer_referenties"


@login_required
def overzicht(request):
    if not request.user.has_perm(IMPORT):
        raise PermissionDenied("Alleen beleid leest referentiereeksen in.")
    form = ReferentieForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["bestand"]
        try:
            result = services.read(upload.read(), upload.name, {i.id for i in catalogue()})
        except services.OnbruikbaarBestand as error:
            form.add_error("bestand", f"{error} Er is niets ingelezen.")
        else:
            stored = services.store(result, request.user)
            level = messages.WARNING if result.afgewezen else messages.SUCCESS
            messages.add_message(
                request,
                level,
                f"{stored} waarde(n) ingelezen; {len(result.afgewezen)} rij(en) afgewezen.",
            )
    return render(
        request,
        "referenties/overzicht.html",
        {"form": form, "result": result, "series": services.series_overview()},
    )
