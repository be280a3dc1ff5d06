# SPDX-License-Identifier: EUPL-1.2
"""The inburgeringsconsulent's workspace: the residents in inburgering with PIP due date,
route, term end and duaal status; a resident's inburgering file; the PIP and the end."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.today import vandaag
from werkspoor.web.thema_views import ThemaWerkplek

from . import access, forms, services
from .models import Inburgering

PAGE_SIZE = 100
WERKPLEK = ThemaWerkplek(
    naam="inburgering",
    namespace="inburgering",
    may_use=access.may_use_werklijst,
    may_open=access.may_open,
    niet_voor_u="Alleen een inburgeringsconsulent gebruikt deze werkplek.",
    geen_toegang="U hebt geen toegang tot het inburgeringsdossier van deze inwoner.",
)


@login_required
def werklijst_view(request):
    WERKPLEK.require(request)
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
    return WERKPLEK.register(
        request,
        forms.StartForm,
        "Inburgering starten",
        lambda user, inwoner, d: services.starten(user, inwoner, d["startdatum"], d["doelgroep"]),
        "De inburgering is geregistreerd; het PIP staat op de werklijst.",
    )


@login_required
def dossier_view(request, inwoner_id: int):
    return WERKPLEK.dossier(request, inwoner_id, "inburgering/dossier.html")


@login_required
@require_http_methods(["GET", "POST"])
def pip_view(request, inburgering_id: int):
    return WERKPLEK.record_action(
        request,
        Inburgering,
        inburgering_id,
        forms.PipForm,
        "PIP en leerroute",
        lambda inburgering, d: services.pip(request.user, inburgering, d["datum"], d["route"]),
        "Het PIP en de leerroute zijn geregistreerd.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def einde_view(request, inburgering_id: int):
    return WERKPLEK.record_action(
        request,
        Inburgering,
        inburgering_id,
        forms.EindeForm,
        "Inburgering beëindigen",
        lambda inburgering, d: services.beeindigen(
            request.user, inburgering, d["einddatum"], d["resultaat"]
        ),
        "De inburgering is beëindigd.",
    )
