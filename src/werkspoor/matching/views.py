# SPDX-License-Identifier: EUPL-1.2
"""Matching pages: open vacancies, a vacancy with its pipeline, its ranked candidates, a
step in the pipeline; the werkcoach's proposals and opinion; a resident's work wishes."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.today import vandaag
from werkspoor.employers.models import Vacature
from werkspoor.employers.views import form_page, require_perm
from werkspoor.registry.models import Inwoner, Toewijzing
from werkspoor.registry.services import running_on
from werkspoor.web import access
from werkspoor.web.access import Toegang
from werkspoor.web.action_views import action_page
from werkspoor.web.views import require_dossier_access

from . import forms, services
from .models import Oordeel, Voordracht, VoordrachtStatus, Werkwens
from .ranking import candidates

CANDIDATES_PER_PAGE = 20
PROPOSE = "matching.add_voordracht"
ADVANCE = "matching.change_voordracht"


def _vacature(vacature_id: int) -> Vacature:
    return get_object_or_404(Vacature.objects.select_related("werkgever"), pk=vacature_id)


@login_required
def vacatures_view(request):
    require_perm(request.user, "employers.view_vacature")
    day = vandaag()
    pipeline = {
        status: Count("voordrachten", filter=Q(voordrachten__status=status))
        for status in VoordrachtStatus.values
    }
    vacatures = (
        Vacature.objects.filter(running_on(day))
        .select_related("werkgever")
        .annotate(**pipeline)
        .order_by("-startdatum", "titel")
    )
    page = Paginator(vacatures, 50).get_page(request.GET.get("pagina"))
    return render(request, "matching/vacatures.html", {"page": page, "day": day})


@login_required
def vacature_view(request, vacature_id: int):
    require_perm(request.user, "employers.view_vacature")
    vacature = _vacature(vacature_id)
    voordrachten = list(
        vacature.voordrachten.select_related("inwoner").order_by("-status_op", "-pk")
    )
    columns = [
        (status, [v for v in voordrachten if v.status == status]) for status in VoordrachtStatus
    ]
    audit.log(
        request.user,
        AuditActie.KANDIDATEN_BEKEKEN,
        object_id=vacature.pk,
        detail={"vacature": vacature.pk, "pijplijn": [v.inwoner_id for v in voordrachten]},
    )
    return render(
        request,
        "matching/vacature.html",
        {
            "vacature": vacature,
            "open": vacature.is_lopend_op(vandaag()),
            "kolommen": columns,
            "mag_wijzigen": request.user.has_perm(ADVANCE),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def kandidaten_view(request, vacature_id: int):
    require_perm(request.user, PROPOSE)
    vacature = _vacature(vacature_id)
    if request.method == "POST":
        inwoner = get_object_or_404(Inwoner, pk=request.POST.get("inwoner", "0") or 0)
        try:
            services.propose(request.user, vacature, inwoner)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(f"/vacatures/{vacature.pk}/kandidaten/")
        messages.success(
            request,
            f"{inwoner.naam} is voorgedragen. De werkcoach ziet de voordracht en geeft akkoord "
            "of maakt bezwaar.",
        )
        return redirect(f"/vacatures/{vacature.pk}/")
    day = vandaag()
    page = Paginator(candidates(vacature, day), CANDIDATES_PER_PAGE).get_page(
        request.GET.get("pagina")
    )
    audit.log(
        request.user,
        AuditActie.KANDIDATEN_BEKEKEN,
        object_id=vacature.pk,
        detail={"vacature": vacature.pk, "inwoners": [k.inwoner_id for k in page.object_list]},
    )
    return render(
        request,
        "matching/kandidaten.html",
        {"vacature": vacature, "page": page, "open": vacature.is_lopend_op(day)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def stap_view(request, voordracht_id: int):
    require_perm(request.user, ADVANCE)
    voordracht = get_object_or_404(
        Voordracht.objects.select_related("vacature__werkgever", "inwoner"), pk=voordracht_id
    )
    naar = request.GET.get("naar") or request.POST.get("naar", "")
    if naar not in voordracht.volgende_stappen:
        raise Http404("Deze stap bestaat niet voor deze voordracht.")
    naar = VoordrachtStatus(naar)
    form = forms.StapForm(request.POST or None, naar=naar, initial={"datum": vandaag()})
    back = f"/vacatures/{voordracht.vacature_id}/"
    intro = (
        f"{voordracht.inwoner.naam} voor {voordracht.vacature.titel} bij "
        f"{voordracht.vacature.werkgever.naam}: van {voordracht.get_status_display().lower()} "
        f"naar {naar.label.lower()}."
    )
    if naar == VoordrachtStatus.GESPREK:
        intro += " De ontmoeting met de werkgever wordt geregistreerd."
    elif naar == VoordrachtStatus.GEPLAATST:
        intro += " De plaatsing wordt geregistreerd; een SROI-plaatsing telt mee voor de SROI."
    if voordracht.oordeel == Oordeel.OPEN:
        intro += " Let op: de werkcoach heeft nog niet gereageerd."
    elif voordracht.oordeel == Oordeel.BEZWAAR:
        intro += f" De werkcoach heeft bezwaar: {voordracht.oordeel_toelichting}"

    def perform(data):
        services.advance(
            request.user,
            voordracht,
            naar,
            data["datum"],
            data.get("soort", ""),
            data.get("reden", ""),
        )
        return back

    return form_page(
        request,
        form,
        f"Voordracht: {naar.label.lower()}",
        back,
        perform,
        f"De voordracht staat nu op '{naar.label.lower()}'.",
        intro=intro,
    )


def _own_residents(user):
    coach = access.own_werkcoach(user)
    return Toewijzing.objects.filter(running_on(vandaag()), werkcoach=coach).values("inwoner_id")


@login_required
def voordrachten_view(request):
    """The werkcoach's list: proposals for residents in the own caseload, open ones first."""
    if not access.may_use_caseload(request.user):
        raise PermissionDenied("Alleen een werkcoach met een caseload ziet voordrachten.")
    voordrachten = list(
        Voordracht.objects.filter(inwoner_id__in=_own_residents(request.user))
        .select_related("inwoner", "vacature__werkgever")
        .order_by("-voorgesteld_op", "-pk")[:200]
    )
    wachtend = [v for v in voordrachten if v.oordeel == Oordeel.OPEN and v.is_open]
    overig = [v for v in voordrachten if v not in wachtend]
    audit.log(
        request.user,
        AuditActie.VOORDRACHTEN_BEKEKEN,
        detail={"voordrachten": [v.pk for v in voordrachten]},
    )
    return render(request, "matching/voordrachten.html", {"wachtend": wachtend, "overig": overig})


@login_required
@require_http_methods(["GET", "POST"])
def oordeel_view(request, voordracht_id: int):
    voordracht = get_object_or_404(
        Voordracht.objects.select_related("vacature__werkgever", "inwoner"), pk=voordracht_id
    )
    granted = require_dossier_access(request, voordracht.inwoner, Toegang.SCHRIJVEN)
    if granted != Toegang.SCHRIJVEN:
        raise PermissionDenied("Alleen de werkcoach van deze inwoner geeft een oordeel.")
    form = forms.OordeelForm(request.POST or None)
    reasons = "; ".join(r["tekst"] for r in voordracht.redenen)

    def perform(data):
        services.give_opinion(request.user, voordracht, data["oordeel"], data["toelichting"])
        return "/voordrachten/"

    return form_page(
        request,
        form,
        f"Voordracht van {voordracht.inwoner.naam}",
        "/voordrachten/",
        perform,
        "Uw oordeel is vastgelegd; de bedrijfsadviseur ziet het bij de vacature.",
        intro=(
            f"Voorgedragen door {voordracht.voorgesteld_door} op "
            f"{voordracht.voorgesteld_op:%d-%m-%Y} voor {voordracht.vacature.titel} bij "
            f"{voordracht.vacature.werkgever.naam}"
            f" ({voordracht.vacature.uren_per_week or '?'} uur). Redenen: {reasons}."
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
def werkwens_view(request, inwoner_id: int):
    wens = Werkwens.objects.filter(inwoner_id=inwoner_id).first()
    initial = (
        {
            "uren_min": wens.uren_min,
            "uren_max": wens.uren_max,
            "sectoren": wens.sectoren,
            "toelichting": wens.toelichting,
        }
        if wens
        else {}
    )
    return action_page(
        request,
        inwoner_id,
        forms.WerkwensForm,
        "Werkwensen vastleggen",
        lambda inwoner, d: services.save_werkwens(
            request.user, inwoner, d["uren_min"], d["uren_max"], d["sectoren"], d["toelichting"]
        ),
        "De werkwensen zijn vastgelegd.",
        form_kwargs={"initial": initial},
    )
