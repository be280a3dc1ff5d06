# SPDX-License-Identifier: EUPL-1.2
"""The schuldhulpverlener's workspace: the work list (first talks due, signals to contact),
a resident's debt file and one small form per registered step."""

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
from .models import Schuldhulptraject, Vroegsignaal

PAGE_SIZE = 100
WERKPLEK = ThemaWerkplek(
    naam="schuldhulp",
    namespace="debt",
    may_use=access.may_use_werklijst,
    may_open=access.may_open,
    niet_voor_u="Alleen een schuldhulpverlener gebruikt deze werkplek.",
    geen_toegang="U hebt geen toegang tot het schulddossier van deze inwoner.",
)


@login_required
def werklijst_view(request):
    WERKPLEK.require(request)
    day = vandaag()
    ook_verlopen = request.GET.get("verlopen") == "1"
    wachtend = services.werklijst(day)
    binnen_termijn, verlopen = services.te_contacteren(day)
    if ook_verlopen:
        page = Paginator(services.alle_open_signalen(day), PAGE_SIZE).get_page(
            request.GET.get("pagina")
        )
        page.object_list = services.met_deadline(page.object_list, day)
        totaal = page.paginator.count
    else:
        page = Paginator(binnen_termijn, PAGE_SIZE).get_page(request.GET.get("pagina"))
        totaal = len(binnen_termijn)
    audit.log(
        request.user,
        AuditActie.WERKLIJST_BEKEKEN,
        detail={"werklijst": "schuldhulp", "aantal": len(wachtend) + len(page.object_list)},
    )
    return render(
        request,
        "debt/werklijst.html",
        {
            "day": day,
            "wachtend": wachtend,
            "spoed": sum(1 for row in wachtend if row.traject.spoed),
            "te_laat": sum(1 for row in wachtend if row.deadline.verlopen),
            "signalen": page,
            "signalen_totaal": totaal,
            "verlopen": verlopen,
            "ook_verlopen": ook_verlopen,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def aanmelden_view(request):
    return WERKPLEK.register(
        request,
        forms.AanmeldForm,
        "Aanmelding voor schuldhulp",
        lambda user, inwoner, d: services.aanmelden(user, inwoner, d["aanmelddatum"], d["spoed"]),
        "De aanmelding is geregistreerd; het eerste gesprek staat op de werklijst.",
    )


@login_required
def dossier_view(request, inwoner_id: int):
    return WERKPLEK.dossier(request, inwoner_id, "debt/dossier.html")


@login_required
@require_http_methods(["GET", "POST"])
def gesprek_view(request, traject_id: int):
    return WERKPLEK.record_action(
        request,
        Schuldhulptraject,
        traject_id,
        forms.GesprekForm,
        "Eerste gesprek registreren",
        lambda traject, d: services.eerste_gesprek(request.user, traject, d["datum"]),
        "Het eerste gesprek is geregistreerd.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def plan_view(request, traject_id: int):
    return WERKPLEK.record_action(
        request,
        Schuldhulptraject,
        traject_id,
        forms.PlanForm,
        "Plan van aanpak en soort hulp",
        lambda traject, d: services.plan(request.user, traject, d["datum"], d["soort"]),
        "Het plan van aanpak is geregistreerd.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def afsluiten_view(request, traject_id: int):
    return WERKPLEK.record_action(
        request,
        Schuldhulptraject,
        traject_id,
        forms.AfsluitenForm,
        "Schuldhulptraject afsluiten",
        lambda traject, d: services.afsluiten(
            request.user, traject, d["einddatum"], d["resultaat"]
        ),
        "Het traject is afgesloten.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def signaal_view(request, signaal_id: int):
    return WERKPLEK.record_action(
        request,
        Vroegsignaal,
        signaal_id,
        forms.SignaalForm,
        "Contact na een vroegsignaal",
        lambda signaal, d: services.signaal_opvolgen(
            request.user, signaal, d["contactdatum"], d["aanmelding"], d["spoed"]
        ),
        "Het contact is geregistreerd.",
        extra=lambda signaal: {
            "uitleg": f"Signaal van {signaal.datum:%d-%m-%Y}: {signaal.get_bron_display()}."
        },
    )
