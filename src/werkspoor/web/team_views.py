# SPDX-License-Identifier: EUPL-1.2
"""The team page: caseload and signals per werkcoach, residents waiting for a werkcoach, one
coach's caseload, and moving selected residents to another werkcoach in one go."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from werkspoor.core import audit
from werkspoor.core.gemeente import current_gemeente
from werkspoor.core.models import AuditActie
from werkspoor.registry.models import Inwoner

from . import access
from .action_views import apply_errors
from .forms import BulkHerverdelenForm
from .services import vandaag
from .team import reassign_all, team_overview, waiting_for_coach

ZONDER = "zonder"  # ?werkcoach=zonder: the residents waiting for a werkcoach


def _require_teamleider(user):
    if not access.may_view_team(user):
        raise PermissionDenied("Alleen een teamleider ziet het teamoverzicht.")


def _selection(request, overview, team_ids, day):
    """The list the teamleider opened: one coach's caseload or the residents waiting."""
    chosen = request.GET.get("werkcoach") or request.POST.get("van") or ""
    if chosen == ZONDER:
        return ZONDER, None, waiting_for_coach(team_ids, day)
    if not chosen.isdigit():
        return "", None, []
    rij = next((r for r in overview.rijen if r.coach.pk == int(chosen)), None)
    if rij is None:
        raise PermissionDenied("Deze werkcoach hoort niet bij uw team.")
    rows = sorted(
        overview.caseloads.get(rij.coach.pk, []),
        key=lambda r: (r.inwoner.achternaam, r.inwoner.voornaam),
    )
    return chosen, rij.coach, rows


def _render(request, form=None, status=200):
    user = request.user
    day = vandaag()
    team_ids = access.led_team_ids(user)
    overview = team_overview(team_ids, day)
    chosen, coach, rows = _selection(request, overview, team_ids, day)
    signaal = request.GET.get("signaal", "")
    if signaal:
        rows = [r for r in rows if signaal in r.signaal_codes]
    waiting = waiting_for_coach(team_ids, day) if chosen != ZONDER else rows
    if form is None and rows:
        form = BulkHerverdelenForm(
            team_ids=team_ids,
            day=day,
            van=coach.pk if coach else None,
            kandidaten=[r.inwoner.pk for r in rows],
            initial={"ingangsdatum": day},
        )
    audit.log(
        user,
        AuditActie.TEAM_BEKEKEN,
        detail={"werkcoach": chosen or None, "inwoners": [r.inwoner.pk for r in rows]},
    )
    gemeente = current_gemeente()
    return render(
        request,
        "web/team.html",
        {
            "overview": overview,
            "day": day,
            "chosen": chosen,
            "selected": coach,
            "rows": rows,
            "signaal": signaal,
            "signaal_label": overview.label(signaal),
            "wachtend": len(waiting),
            "form": form,
            "gekozen": {int(v) for v in request.POST.getlist("inwoners") if v.isdigit()},
            "min": gemeente.caseload_min,
            "max": gemeente.caseload_max,
            "heeft_werkgebied": bool(access.werkgebied_wijken(team_ids)),
            "meerdere_teams": len(team_ids) > 1,
        },
        status=status,
    )


@login_required
def team_view(request):
    _require_teamleider(request.user)
    return _render(request)


@login_required
@require_POST
def bulk_reassign_view(request):
    _require_teamleider(request.user)
    if not request.user.has_perm("web.herverdelen"):
        raise PermissionDenied("Alleen een teamleider kan inwoners herverdelen.")
    day = vandaag()
    team_ids = access.led_team_ids(request.user)
    overview = team_overview(team_ids, day)
    chosen, coach, rows = _selection(request, overview, team_ids, day)
    form = BulkHerverdelenForm(
        request.POST,
        team_ids=team_ids,
        day=day,
        van=coach.pk if coach else None,
        kandidaten=[r.inwoner.pk for r in rows],
    )
    if form.is_valid():
        inwoners = list(Inwoner.objects.filter(pk__in=form.cleaned_data["inwoners"]))
        target = form.cleaned_data["werkcoach"]
        try:
            reassign_all(request.user, inwoners, target, form.cleaned_data["ingangsdatum"])
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                f"{len(inwoners)} inwoner(s) toegewezen aan {target.naam}; de vorige "
                "toewijzingen blijven in de geschiedenis.",
            )
            return redirect(f"/team/?werkcoach={chosen}")
    form.mark_errors()
    return _render(request, form, status=400)
