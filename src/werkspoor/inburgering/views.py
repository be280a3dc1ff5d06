# SPDX-License-Identifier: EUPL-1.2
"""The inburgeringsconsulent's workspace: the residents in inburgering with PIP due date,
route, term end and duaal status; a resident's inburgering file; the PIP and the end."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.today import vandaag
from werkspoor.registry.registration import register_inwoner
from werkspoor.web.thema_views import (
    open_file,
    record_action,
    refuse,
    run_action,
    today_initial,
)

from . import access, forms, services
from .models import Inburgering

PAGE_SIZE = 100


def _require_werklijst(request) -> None:
    if not access.may_use_werklijst(request.user):
        refuse(request, reason="Alleen een inburgeringsconsulent gebruikt deze werkplek.")


def _dossier_url(inwoner_id: int) -> str:
    return reverse("inburgering:dossier", args=[inwoner_id])


def _open(request, inwoner_id: int):
    return open_file(
        request,
        inwoner_id,
        access.may_open,
        "U hebt geen toegang tot het inburgeringsdossier van deze inwoner.",
    )


@login_required
def werklijst_view(request):
    _require_werklijst(request)
    day = vandaag()
    zonder_pip = request.GET.get("zonder_pip") == "1"
    running = services.lopend(day, zonder_pip)
    page = Paginator(running, PAGE_SIZE).get_page(request.GET.get("pagina"))
    page.object_list = services.werklijst(page.object_list, day)
    audit.log(
        request.user,
        AuditActie.WERKLIJST_BEKEKEN,
        detail={"werklijst": "inburgering", "aantal": len(page.object_list)},
    )
    return render(
        request,
        "inburgering/werklijst.html",
        {"day": day, "page": page, "zonder_pip": zonder_pip} | services.samenvatting(running, day),
    )


@login_required
@require_http_methods(["GET", "POST"])
def starten_view(request):
    _require_werklijst(request)
    form = forms.StartForm(request.POST or None, initial=today_initial())

    def perform(data):
        inwoner = form.inwoner or register_inwoner(
            request.user, data["bsn"], form.nieuwe_inwoner(), door="inburgering"
        )
        return services.starten(request.user, inwoner, data["startdatum"], data["doelgroep"])

    return run_action(
        request,
        form=form,
        title="Inburgering starten",
        perform=perform,
        success="De inburgering is geregistreerd; het PIP staat op de werklijst.",
        back_url=reverse("inburgering:werklijst"),
        next_url=lambda inburgering: _dossier_url(inburgering.inwoner_id),
    )


@login_required
def dossier_view(request, inwoner_id: int):
    inwoner = _open(request, inwoner_id)
    audit.log(
        request.user, AuditActie.DOSSIER_BEKEKEN, inwoner.pk, detail={"werkplek": "inburgering"}
    )
    return render(
        request,
        "inburgering/dossier.html",
        {"inwoner": inwoner, "day": vandaag(), "werkplek": "inburgering"},
    )


def _inburgering_action(request, inburgering_id, form_class, title, perform, success):
    return record_action(
        request,
        get_object_or_404(Inburgering, pk=inburgering_id),
        opener=_open,
        dossier_url=_dossier_url,
        form_class=form_class,
        title=title,
        perform=perform,
        success=success,
    )


@login_required
@require_http_methods(["GET", "POST"])
def pip_view(request, inburgering_id: int):
    return _inburgering_action(
        request,
        inburgering_id,
        forms.PipForm,
        "PIP en leerroute",
        lambda inburgering, d: services.pip(request.user, inburgering, d["datum"], d["route"]),
        "Het PIP en de leerroute zijn geregistreerd.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def einde_view(request, inburgering_id: int):
    return _inburgering_action(
        request,
        inburgering_id,
        forms.EindeForm,
        "Inburgering beëindigen",
        lambda inburgering, d: services.beeindigen(
            request.user, inburgering, d["einddatum"], d["resultaat"]
        ),
        "De inburgering is beëindigd.",
    )
