# SPDX-License-Identifier: EUPL-1.2
"""Screens for vervangingen: the teamleider sets and ends them for the team; a werkcoach
sees whom they stand in for, with that colleague's caseload."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.today import vandaag
from werkspoor.web import access
from werkspoor.web.action_views import _apply_errors
from werkspoor.web.caseload import caseload

from . import services
from .forms import VervangingForm


def _team_ids_or_403(request) -> list[int]:
    if not (
        access.may_view_team(request.user) and request.user.has_perm("substitutions.add_vervanging")
    ):
        raise PermissionDenied("Alleen een teamleider stelt vervangingen in.")
    return access.led_team_ids(request.user)


@login_required
@require_http_methods(["GET", "POST"])
def team_view(request):
    team_ids = _team_ids_or_403(request)
    today = vandaag()
    form = VervangingForm(request.POST or None, team_ids=team_ids, initial={"startdatum": today})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.set_vervanging(request.user, team_ids=team_ids, **data)
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            messages.success(request, f"{data['vervanger'].naam} vervangt {data['afwezige'].naam}.")
            return redirect("substitutions:team")
    form.mark_errors()
    vervangingen = list(services.of_teams(team_ids)[:100])
    context = {
        "form": form,
        "day": today,
        "lopend": [v for v in vervangingen if v.einddatum > today],
        "voorbij": [v for v in vervangingen if v.einddatum <= today],
    }
    return render(request, "substitutions/team.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def end_view(request, vervanging_id: int):
    team_ids = _team_ids_or_403(request)
    vervanging = get_object_or_404(services.of_teams(team_ids), pk=vervanging_id)
    try:
        ended = services.end_vervanging(request.user, vervanging, vandaag())
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            "De vervanging is ingetrokken." if ended is None else "De vervanging is beëindigd.",
        )
    return redirect("substitutions:team")


@login_required
def mine_view(request):
    if not access.may_use_caseload(request.user):
        raise PermissionDenied("Alleen een werkcoach met een caseload kan vervangen.")
    today = vandaag()
    coach = access.own_werkcoach(request.user)
    covered = [(v, caseload(v.afwezige, today)) for v in services.running_for(coach, today)]
    for vervanging, rows in covered:
        audit.log(
            request.user,
            AuditActie.CASELOAD_BEKEKEN,
            detail={
                "vervanging": vervanging.pk,
                "werkcoach": vervanging.afwezige_id,
                "aantal": len(rows),
            },
        )
    return render(request, "substitutions/mijn.html", {"covered": covered, "day": today})
