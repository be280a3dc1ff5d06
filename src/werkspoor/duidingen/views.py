# SPDX-License-Identifier: EUPL-1.2
"""Beleid's screens for duiding: the quarter's tiles with the state of their duiding, writing
a new version, the history, and approving a colleague's version."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from werkspoor.core.periods import Quarter

from . import services
from .forms import DuidingForm
from .models import DuidingVersie

WRITE = "duidingen.schrijf_duiding"
APPROVE = "duidingen.keur_duiding_goed"


def _may_write(user) -> None:
    if not user.has_perm(WRITE):
        raise PermissionDenied("Alleen beleid schrijft duiding.")


def _quarter(label: str) -> Quarter:
    """A quarter within the published horizon (duiding belongs to published figures)."""
    from werkspoor.reports.store import current

    stored = current()
    try:
        quarter = Quarter.parse(label)
    except ValueError as error:
        raise Http404(str(error)) from error
    if stored is None or not stored.horizon.contains(quarter):
        raise Http404(f"Voor {label} zijn er geen gepubliceerde cijfers om te duiden.")
    return quarter


def _around(quarters: list[Quarter], quarter: Quarter, each_side: int = 4) -> list[Quarter]:
    """The quarters next to this one (newest first), to step to a neighbouring quarter."""
    at = quarters.index(quarter)
    return list(reversed(quarters[max(0, at - each_side) : at + each_side + 1]))


@login_required
def start(request):
    from werkspoor.reports.store import current

    _may_write(request.user)
    stored = current()
    if stored is None:
        raise Http404("Er zijn nog geen berekende cijfers om te duiden.")
    return redirect("duidingen:overzicht", kwartaal=str(stored.horizon.latest_quarter))


@login_required
def overzicht(request, kwartaal):
    _may_write(request.user)
    quarter = _quarter(kwartaal)
    latest = services.latest(quarter)
    published = services.published(quarter)
    rows = [
        (tegel, label, latest.get(tegel), published.get(tegel)) for tegel, label in services.tiles()
    ]
    from werkspoor.reports.store import current

    return render(
        request,
        "duidingen/overzicht.html",
        {
            "kwartaal": quarter,
            "rows": rows,
            "kwartalen": _around(current().horizon.quarters(), quarter),
        },
    )


@login_required
def bewerk(request, kwartaal, tegel):
    _may_write(request.user)
    quarter = _quarter(kwartaal)
    label = dict(services.tiles()).get(tegel)
    if label is None:
        raise Http404("Deze tegel bestaat niet.")
    history = services.history(quarter, tegel)
    form = DuidingForm(request.POST or None, initial={"tekst": history[0].tekst if history else ""})
    if request.method == "POST" and form.is_valid():
        try:
            versie = services.write(request.user, quarter, tegel, form.cleaned_data["tekst"])
        except services.DuidingError as error:
            form.add_error("tekst", str(error))
        else:
            messages.success(
                request,
                f"Versie {versie.nummer} opgeslagen. Een collega van beleid keurt haar goed; "
                f"daarna staat zij op het Dashboard.",
            )
            return redirect("duidingen:bewerk", kwartaal=str(quarter), tegel=tegel)
    return render(
        request,
        "duidingen/bewerk.html",
        {
            "kwartaal": quarter,
            "tegel": tegel,
            "label": label,
            "form": form,
            "history": history,
            "published": next((v for v in history if v.goedgekeurd), None),
            "may_approve": request.user.has_perm(APPROVE),
        },
    )


@login_required
@require_POST
def goedkeuren(request, kwartaal, tegel, versie_id):
    if not request.user.has_perm(APPROVE):
        raise PermissionDenied("Alleen beleid keurt duiding goed.")
    quarter = _quarter(kwartaal)
    versie = get_object_or_404(
        DuidingVersie, pk=versie_id, duiding__kwartaal=str(quarter), duiding__tegel=tegel
    )
    try:
        services.approve(request.user, versie)
    except services.DuidingError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Versie {versie.nummer} is goedgekeurd en gepubliceerd.")
    return redirect("duidingen:bewerk", kwartaal=str(quarter), tegel=tegel)
