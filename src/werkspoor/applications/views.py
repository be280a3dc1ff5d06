# SPDX-License-Identifier: EUPL-1.2
"""The consulent's werkplek: the werkvoorraad of open applications, one application, and
the steps on it (register, suspend, decide). Each page is for the role consulent
(`applications.use_werkvoorraad`); every view of a resident's application is audit-logged."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.today import vandaag
from werkspoor.web.action_views import apply_errors

from . import forms, services
from .choices import UITKERING_REGELINGEN
from .models import Aanvraag
from .termijnen import termijn

PAGE_SIZE = 50


def may_use_werkvoorraad(user) -> bool:
    return user.is_authenticated and user.has_perm("applications.use_werkvoorraad")


def _require(request) -> None:
    if not may_use_werkvoorraad(request.user):
        raise PermissionDenied("Alleen een consulent werkt met de werkvoorraad aanvragen.")


@login_required
def werkvoorraad_view(request):
    _require(request)
    today = vandaag()
    form = forms.WerkvoorraadFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    alle = services.werkvoorraad(today)
    rows = [
        r
        for r in alle
        if (not filters.get("regeling") or r.aanvraag.regeling == filters["regeling"])
        and (not filters.get("signaal") or r.signaal == filters["signaal"])
    ]
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("pagina"))
    shown = [r.aanvraag.inwoner_id for r in page.object_list]  # the logbook's data subjects
    audit.log(
        request.user,
        AuditActie.WERKVOORRAAD_BEKEKEN,
        detail={"aantal": len(shown), "inwoners": shown},
    )
    return render(
        request,
        "applications/werkvoorraad.html",
        {
            "page": page,
            "form": form,
            "today": today,
            "totaal": len(alle),
            "gefilterd": len(rows),
            "te_laat": sum(1 for r in alle if r.te_laat),
            "bijna": sum(1 for r in alle if r.signaal == "bijna"),
        },
    )


def _aanvraag(aanvraag_id: int) -> Aanvraag:
    return get_object_or_404(Aanvraag.objects.select_related("inwoner"), pk=aanvraag_id)


@login_required
def aanvraag_view(request, aanvraag_id: int):
    _require(request)
    aanvraag = _aanvraag(aanvraag_id)
    today = vandaag()
    audit.log(request.user, AuditActie.AANVRAAG_BEKEKEN, aanvraag.inwoner_id, aanvraag.pk)
    inwoner = aanvraag.inwoner
    context = {
        "aanvraag": aanvraag,
        "inwoner": inwoner,
        "today": today,
        "termijn": termijn(aanvraag.regeling, aanvraag.aanvraagdatum),
        "rij": services.werkvoorraad_rij(aanvraag, today) if aanvraag.is_open else None,
        "opschortingen": list(aanvraag.opschortingen.all()),
        "lopende_opschorting": services.running_suspension(aanvraag),
        "eerdere": inwoner.aanvragen.exclude(pk=aanvraag.pk).order_by("-aanvraagdatum")[:20],
        "uitkeringen": inwoner.uitkeringen.order_by("-startdatum"),
        "doorlooptijd": (aanvraag.besluitdatum - aanvraag.aanvraagdatum).days
        if aanvraag.besluitdatum
        else None,
    }
    return render(request, "applications/aanvraag.html", context)


def _handle(request, form, titel, perform, aanvraag=None):
    """Show the form; on a valid POST `perform(data)` returns (message, aanvraag) and the
    aanvraag's page follows, or a ValidationError goes back next to its field."""
    if request.method == "POST" and form.is_valid():
        try:
            message, target = perform(form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, message)
            return redirect("applications:aanvraag", aanvraag_id=target.pk)
    form.mark_errors()
    return render(
        request,
        "applications/formulier.html",
        {"form": form, "titel": titel, "aanvraag": aanvraag},
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def nieuw_view(request):
    _require(request)
    form = forms.AanvraagForm(request.POST or None, initial={"aanvraagdatum": vandaag()})

    def perform(data):
        inwoner = form.inwoner or services.register_aanvrager(request.user, **form.new_applicant())
        aanvraag = services.register_aanvraag(
            request.user, inwoner, data["regeling"], data["aanvraagdatum"], data["meldingsdatum"]
        )
        return "De aanvraag is geregistreerd.", aanvraag

    return _handle(request, form, "Aanvraag registreren", perform)


@login_required
@require_http_methods(["GET", "POST"])
def opschorting_view(request, aanvraag_id: int):
    _require(request)
    aanvraag = _aanvraag(aanvraag_id)
    form = forms.OpschortingForm(request.POST or None, initial={"vanaf": vandaag()})

    def perform(data):
        services.register_opschorting(
            request.user, aanvraag, data["vanaf"], data["tot"], data["reden"]
        )
        return "De opschorting is geregistreerd.", aanvraag

    return _handle(request, form, "Opschorting registreren", perform, aanvraag)


@login_required
@require_http_methods(["GET", "POST"])
def opschorting_einde_view(request, aanvraag_id: int):
    _require(request)
    aanvraag = _aanvraag(aanvraag_id)
    form = forms.EindeOpschortingForm(request.POST or None, initial={"tot": vandaag()})

    def perform(data):
        services.end_opschorting(request.user, aanvraag, data["tot"])
        return "De opschorting is beëindigd; de termijn loopt weer.", aanvraag

    titel = "Opschorting beëindigen: de gegevens zijn binnen"
    return _handle(request, form, titel, perform, aanvraag)


@login_required
@require_http_methods(["GET", "POST"])
def besluit_view(request, aanvraag_id: int):
    _require(request)
    aanvraag = _aanvraag(aanvraag_id)
    form = forms.BesluitForm(request.POST or None, initial={"besluitdatum": vandaag()})
    if aanvraag.regeling not in UITKERING_REGELINGEN:
        del form.fields["startdatum"]

    def perform(data):
        uitkering = services.record_besluit(
            request.user,
            aanvraag,
            data["besluit"],
            data["besluitdatum"],
            data["reden_afwijzing"],
            data.get("startdatum"),
        )
        if uitkering is None:
            return "Het besluit is geregistreerd.", aanvraag
        return (
            f"Het besluit is geregistreerd; de uitkering {aanvraag.get_regeling_display()} gaat "
            f"in op {uitkering.startdatum:%d-%m-%Y}.",
            aanvraag,
        )

    return _handle(request, form, "Besluit registreren", perform, aanvraag)
