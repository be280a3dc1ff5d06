# SPDX-License-Identifier: EUPL-1.2
"""Planning pages: an appointment or a to-do on a resident file, completing a to-do, and
the werkcoach's agenda (appointments and to-dos across the caseload)."""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.today import vandaag
from werkspoor.web import access
from werkspoor.web.access import Toegang
from werkspoor.web.action_views import action_page
from werkspoor.web.views import accessible_inwoner, require_dossier_access

from . import forms, services
from .models import Afspraak, AfspraakStatus, Taak

AGENDA_WEEKS = 4


def _coach_for(user, inwoner):
    """The werkcoach an appointment or to-do belongs to: the user's own, else the file's."""
    coach = access.own_werkcoach(user)
    if coach is None:
        assignment = access.current_coach_assignment(inwoner, vandaag())
        coach = assignment.werkcoach if assignment else None
    return coach


@login_required
@require_http_methods(["GET", "POST"])
def afspraak_view(request, inwoner_id):
    coach = access.own_werkcoach(request.user)
    return action_page(
        request,
        inwoner_id,
        forms.AfspraakForm,
        "Afspraak plannen",
        lambda inwoner, d: services.plan_afspraak(
            request.user,
            inwoner,
            _coach_for(request.user, inwoner),
            d["datum"],
            d["tijd"],
            d["soort"],
            d["met"],
            d["duur_minuten"],
            d["locatie"],
            d["onderwerp"],
        ),
        "De afspraak is gepland.",
        form_kwargs={"initial": {"met": f"werkcoach {coach.naam}" if coach else ""}},
    )


@login_required
@require_http_methods(["GET", "POST"])
def taak_view(request, inwoner_id):
    return action_page(
        request,
        inwoner_id,
        forms.TaakForm,
        "Taak toevoegen",
        lambda inwoner, d: services.add_taak(
            request.user,
            inwoner,
            _coach_for(request.user, inwoner),
            d["omschrijving"],
            d["vervaldatum"],
        ),
        "De taak is toegevoegd.",
    )


@login_required
@require_POST
def taak_afronden_view(request, inwoner_id, taak_id):
    granted = require_dossier_access(request, inwoner_id, Toegang.SCHRIJVEN)
    if granted == Toegang.REDEN_NODIG:
        return redirect("web:inzage", inwoner_id=inwoner_id)
    inwoner = accessible_inwoner(inwoner_id)
    taak = get_object_or_404(Taak, pk=taak_id, inwoner=inwoner)
    try:
        services.complete_taak(request.user, taak)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"Taak afgerond: {taak.omschrijving}")
    back = request.POST.get("terug", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = f"/inwoners/{inwoner.pk}/"
    return redirect(back)


@login_required
def agenda_view(request):
    if not access.may_use_caseload(request.user):
        raise PermissionDenied("Alleen een werkcoach met een caseload heeft een agenda.")
    coach = access.own_werkcoach(request.user)
    day = vandaag()
    mine = Q(werkcoach=coach)
    afspraken = list(
        Afspraak.objects.filter(
            mine,
            status=AfspraakStatus.GEPLAND,
            datum__gte=day,
            datum__lt=day + timedelta(weeks=AGENDA_WEEKS),
        )
        .select_related("inwoner")
        .order_by("datum", "tijd")
    )
    taken = list(
        Taak.objects.filter(mine, afgerond_op__isnull=True)
        .select_related("inwoner")
        .order_by("vervaldatum", "pk")
    )
    audit.log(
        request.user,
        AuditActie.AGENDA_BEKEKEN,
        detail={"afspraken": len(afspraken), "taken": len(taken)},
    )
    return render(
        request,
        "planning/agenda.html",
        {
            "coach": coach,
            "day": day,
            "weken": AGENDA_WEEKS,
            "afspraken": afspraken,
            "taken": taken,
        },
    )
