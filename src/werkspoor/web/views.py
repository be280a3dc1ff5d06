# SPDX-License-Identifier: EUPL-1.2
"""The workspace screens: start, caseload, dossier (with inzage met reden), team and audit log."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.registry.models import Inwoner, Toewijzing, Uitkering, Werkcoach
from werkspoor.registry.services import key_figures, running_on

from . import access
from .access import Toegang
from .caseload import CaseloadFilter, caseload, filter_and_sort, signal_choices
from .dossier import load_dossier
from .forms import AuditFilterForm, CaseloadFilterForm, InzageForm
from .services import vandaag

CASELOAD_PAGE_SIZE = 125


def start(request):
    return render(request, "web/start.html", {"figures": key_figures()})


def _caseload_filters(form: CaseloadFilterForm) -> CaseloadFilter:
    if not form.is_valid():
        return CaseloadFilter()
    data = form.cleaned_data
    return CaseloadFilter(
        wijk=data["wijk"],
        arrangement=data["arrangement"],
        werkdienstverlening=data["werkdienstverlening"],
        signaal=data["signaal"],
        sort=data["sort"] or "naam",
        descending=request_flag(form.data, "aflopend"),
    )


def request_flag(data, name) -> bool:
    return data.get(name) in ("1", "on", "ja")


@login_required
def caseload_view(request):
    if not access.may_use_caseload(request.user):
        if access.may_view_team(request.user):
            return redirect("web:team")
        raise PermissionDenied("Alleen een werkcoach met een caseload kan deze pagina gebruiken.")
    day = vandaag()
    coach = access.own_werkcoach(request.user)
    rows = caseload(coach, day)
    form = CaseloadFilterForm(request.GET or None, signal_choices=signal_choices(rows))
    filtered = filter_and_sort(rows, _caseload_filters(form))
    page = Paginator(filtered, CASELOAD_PAGE_SIZE).get_page(request.GET.get("pagina"))
    audit.log(request.user, AuditActie.CASELOAD_BEKEKEN, detail={"aantal": len(page.object_list)})
    context = {
        "coach": coach,
        "day": day,
        "form": form,
        "page": page,
        "totaal": len(rows),
        "gefilterd": len(filtered),
        "aflopend": request_flag(request.GET, "aflopend"),
    }
    template = (
        "web/_caseload_tabel.html" if request.headers.get("HX-Request") else "web/caseload.html"
    )
    return render(request, template, context)


NO_ACCESS = "U hebt geen toegang tot dit dossier."
READ_ONLY = (
    "Met inzage met reden kunt u dit dossier lezen, niet wijzigen. Vervangt u een collega? "
    "Vraag uw teamleider een vervanging in te stellen."
)


def require_dossier_access(
    request, inwoner: Inwoner | int, needed: Toegang = Toegang.LEZEN
) -> Toegang:
    """Raise 403 (and audit the refusal) unless the user may open this file at `needed`.

    Decided on the id alone, before anything is looked up: an id that does not exist gets
    the same answer, status and page as a resident the user may not see, so ids cannot be
    probed. REDEN_NODIG is returned for the caller to send the werkcoach to the inzage form.
    """
    inwoner_id = getattr(inwoner, "pk", inwoner)
    granted = access.dossier_access(request.user, inwoner_id, vandaag())
    if granted == Toegang.REDEN_NODIG:
        return granted
    if granted < needed:
        audit.log(
            request.user, AuditActie.TOEGANG_GEWEIGERD, inwoner_id, detail={"pad": request.path}
        )
        raise PermissionDenied(READ_ONLY if granted == Toegang.INZAGE else NO_ACCESS)
    return granted


def accessible_inwoner(inwoner_id: int) -> Inwoner:
    """The resident, after require_dossier_access granted at least LEZEN. Only a werkcoach
    who recorded a reason for an id nobody has gets here without a resident: 404 then."""
    try:
        return Inwoner.objects.get(pk=inwoner_id)
    except Inwoner.DoesNotExist:
        raise Http404("Deze inwoner bestaat niet.") from None


@login_required
def dossier_view(request, inwoner_id: int):
    granted = require_dossier_access(request, inwoner_id)
    if granted == Toegang.REDEN_NODIG:
        return redirect("web:inzage", inwoner_id=inwoner_id)
    accessible_inwoner(inwoner_id)
    day = vandaag()
    dossier = load_dossier(inwoner_id, day)
    audit.log(request.user, AuditActie.DOSSIER_BEKEKEN, inwoner_id)
    return render(
        request,
        "web/dossier.html",
        {
            "dossier": dossier,
            "inwoner": dossier.inwoner,
            "day": day,
            "mag_schrijven": granted == Toegang.SCHRIJVEN,
            "alleen_inzage": granted == Toegang.INZAGE,
            "toon_bsn": granted >= Toegang.INZAGE,
            "mag_herverdelen": request.user.has_perm("web.herverdelen")
            and granted == Toegang.SCHRIJVEN,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def inzage_view(request, inwoner_id: int):
    """A werkcoach outside the caseload records why they need to read this file."""
    granted = access.dossier_access(request.user, inwoner_id, vandaag())
    if granted >= Toegang.LEZEN:
        return redirect("web:dossier", inwoner_id=inwoner_id)
    if granted != Toegang.REDEN_NODIG:
        audit.log(
            request.user, AuditActie.TOEGANG_GEWEIGERD, inwoner_id, detail={"pad": request.path}
        )
        raise PermissionDenied(NO_ACCESS)
    form = InzageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        audit.log(
            request.user, AuditActie.INZAGE_MET_REDEN, inwoner_id, reden=form.cleaned_data["reden"]
        )
        return redirect("web:dossier", inwoner_id=inwoner_id)
    return render(request, "web/inzage.html", {"form": form, "inwoner_id": inwoner_id})


def team_rows(team_ids: list[int], day):
    with_benefit = Uitkering.objects.filter(running_on(day), inwoner=OuterRef("inwoner"))
    assignments = Toewijzing.objects.filter(running_on(day), Exists(with_benefit))
    counts = dict(
        assignments.filter(werkcoach__team_id__in=team_ids)
        .values_list("werkcoach")
        .annotate(n=Count("pk"))
    )
    coaches = (
        Werkcoach.objects.filter(team_id__in=team_ids)
        .select_related("team")
        .order_by("team__naam", "naam")
    )
    return [(coach, counts.get(coach.pk, 0)) for coach in coaches]


@login_required
def team_view(request):
    if not access.may_view_team(request.user):
        raise PermissionDenied("Alleen een teamleider ziet het teamoverzicht.")
    day = vandaag()
    team_ids = access.led_team_ids(request.user)
    coach_id = request.GET.get("werkcoach")
    selected, residents = None, []
    rows = team_rows(team_ids, day)
    if coach_id and coach_id.isdigit():
        selected = next((coach for coach, _ in rows if coach.pk == int(coach_id)), None)
        if selected is None:
            raise PermissionDenied("Deze werkcoach hoort niet bij uw team.")
        residents = sorted(
            caseload(selected, day), key=lambda r: (r.inwoner.achternaam, r.inwoner.voornaam)
        )
    audit.log(
        request.user,
        AuditActie.TEAM_BEKEKEN,
        detail={"werkcoach": selected.pk if selected else None},
    )
    from werkspoor.core.gemeente import current_gemeente

    gemeente = current_gemeente()
    return render(
        request,
        "web/team.html",
        {
            "rows": rows,
            "day": day,
            "selected": selected,
            "residents": residents,
            "min": gemeente.caseload_min,
            "max": gemeente.caseload_max,
        },
    )


@login_required
def audit_view(request):
    if not access.may_view_audit(request.user):
        raise PermissionDenied("Alleen functioneel beheer ziet het auditlog.")
    from werkspoor.core.models import AuditRecord

    form = AuditFilterForm(request.GET or None)
    records = AuditRecord.objects.all()
    if form.is_valid():
        records = form.apply(records)
    page = Paginator(records, 100).get_page(request.GET.get("pagina"))
    from werkspoor.core.audit.checkpoints import latest

    context = {"page": page, "form": form, "checkpoint": latest.get()}
    return render(request, "web/audit.html", context)


@login_required
def beheer_view(request):
    if not access.may_view_audit(request.user):
        raise PermissionDenied("Alleen functioneel beheer ziet deze pagina.")
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.prefetch_related("groups").order_by("username")
    return render(request, "web/beheer.html", {"users": users})
