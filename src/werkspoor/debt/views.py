# SPDX-License-Identifier: EUPL-1.2
"""The schuldhulpverlener's workspace: the work list (first talks due, signals to contact),
a resident's debt file and one small form per registered step."""

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
from .models import Schuldhulptraject, Vroegsignaal

PAGE_SIZE = 100


def _require_werklijst(request) -> None:
    if not access.may_use_werklijst(request.user):
        refuse(request, reason="Alleen een schuldhulpverlener gebruikt deze werkplek.")


def _dossier_url(inwoner_id: int) -> str:
    return reverse("debt:dossier", args=[inwoner_id])


def _open(request, inwoner_id: int):
    return open_file(
        request,
        inwoner_id,
        access.may_open,
        "U hebt geen toegang tot het schulddossier van deze inwoner.",
    )


@login_required
def werklijst_view(request):
    _require_werklijst(request)
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
    _require_werklijst(request)
    form = forms.AanmeldForm(request.POST or None, initial=today_initial())

    def perform(data):
        inwoner = form.inwoner or register_inwoner(
            request.user, data["bsn"], form.nieuwe_inwoner(), door="schuldhulp"
        )
        return services.aanmelden(request.user, inwoner, data["aanmelddatum"], data["spoed"])

    return run_action(
        request,
        form=form,
        title="Aanmelding voor schuldhulp",
        perform=perform,
        success="De aanmelding is geregistreerd; het eerste gesprek staat op de werklijst.",
        back_url=reverse("debt:werklijst"),
        next_url=lambda traject: _dossier_url(traject.inwoner_id),
    )


@login_required
def dossier_view(request, inwoner_id: int):
    inwoner = _open(request, inwoner_id)
    audit.log(
        request.user, AuditActie.DOSSIER_BEKEKEN, inwoner.pk, detail={"werkplek": "schuldhulp"}
    )
    return render(
        request,
        "debt/dossier.html",
        {"inwoner": inwoner, "day": vandaag(), "werkplek": "schuldhulp"},
    )


def _traject_action(request, traject_id, form_class, title, perform, success):
    return record_action(
        request,
        get_object_or_404(Schuldhulptraject, pk=traject_id),
        opener=_open,
        dossier_url=_dossier_url,
        form_class=form_class,
        title=title,
        perform=perform,
        success=success,
    )


@login_required
@require_http_methods(["GET", "POST"])
def gesprek_view(request, traject_id: int):
    return _traject_action(
        request,
        traject_id,
        forms.GesprekForm,
        "Eerste gesprek registreren",
        lambda traject, d: services.eerste_gesprek(request.user, traject, d["datum"]),
        "Het eerste gesprek is geregistreerd.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def plan_view(request, traject_id: int):
    return _traject_action(
        request,
        traject_id,
        forms.PlanForm,
        "Plan van aanpak en soort hulp",
        lambda traject, d: services.plan(request.user, traject, d["datum"], d["soort"]),
        "Het plan van aanpak is geregistreerd.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def afsluiten_view(request, traject_id: int):
    return _traject_action(
        request,
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
    signaal = get_object_or_404(Vroegsignaal, pk=signaal_id)
    inwoner = _open(request, signaal.inwoner_id)
    return run_action(
        request,
        form=forms.SignaalForm(request.POST or None, initial=today_initial()),
        title="Contact na een vroegsignaal",
        perform=lambda d: services.signaal_opvolgen(
            request.user, signaal, d["contactdatum"], d["aanmelding"], d["spoed"]
        ),
        success="Het contact is geregistreerd.",
        back_url=_dossier_url(inwoner.pk),
        inwoner=inwoner,
        extra={"uitleg": f"Signaal van {signaal.datum:%d-%m-%Y}: {signaal.get_bron_display()}."},
    )
