# SPDX-License-Identifier: EUPL-1.2
"""The workspace screens: start, caseload, dossier (with inzage met reden), team and audit log."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.registry.models import Inwoner
from werkspoor.registry.services import key_figures

from . import access
from .access import Toegang
from .caseload import PAGE_SIZES, CaseloadFilter, caseload, filter_and_sort, signal_choices
from .dossier import load_dossier, resident_assignments
from .dossier_sections import DossierContext, load_sections
from .forms import AuditFilterForm, CaseloadFilterForm, InzageForm
from .navigation import workspace_entries
from .notices import notices_for
from .services import vandaag
from .start_pages import start_page

# The home page is public: its key figures (counts over the whole registry, 0.1-0.2 s of a
# worker) are worked out once per process every few minutes, not on every visit.
KEY_FIGURES_SECONDS = 300


def public_key_figures() -> dict:
    key = f"werkspoor:kerncijfers:{date.today().isoformat()}"
    figures = cache.get(key)
    if figures is None:
        figures = key_figures()
        if figures["peildatum"] is not None:  # an empty registry is shown as soon as it fills
            cache.set(key, figures, KEY_FIGURES_SECONDS)
    return figures


def start(request):
    return render(
        request,
        "web/start.html",
        {"figures": public_key_figures(), "werk": workspace_entries(request.user)},
    )


@login_required
def start_redirect(request):
    """After login: on to the role's own work (start_pages.py)."""
    return redirect(start_page(request.user))


# Columns that sort when their header is clicked: (sort key, header text).
SORTABLE_COLUMNS = {
    "naam": "Naam",
    "leeftijd": "Leeftijd",
    "wijk": "Wijk",
    "arrangement": "Arrangement",
    "contact": "Dagen sinds contact",
    "doelen": "Actieve doelen",
    "afspraak": "Volgende afspraak",
}


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


def sort_headers(params, filters: CaseloadFilter) -> dict[str, dict]:
    """Per sortable column: the link that sorts on it (again: the other way round) and its
    aria-sort, keeping every filter in the URL."""
    headers = {}
    for key, label in SORTABLE_COLUMNS.items():
        current = filters.sort == key
        query = params.copy()
        query["sort"] = key
        query.pop("pagina", None)
        if current and not filters.descending:
            query["aflopend"] = "1"
        else:
            query.pop("aflopend", None)
        direction = "descending" if filters.descending else "ascending"
        headers[key] = {
            "label": label,
            "url": "?" + query.urlencode(),
            "aria_sort": direction if current else "",
        }
    return headers


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
    filters = _caseload_filters(form)
    filtered = filter_and_sort(rows, filters)
    per_page = (form.cleaned_data.get("per_pagina") if form.is_valid() else None) or PAGE_SIZES[0]
    page = Paginator(filtered, per_page).get_page(request.GET.get("pagina"))
    audit.log(
        request.user,
        AuditActie.CASELOAD_BEKEKEN,
        detail={"aantal": len(page.object_list), "inwoners": [r.inwoner.pk for r in page]},
    )
    context = {
        "coach": coach,
        "day": day,
        "form": form,
        "page": page,
        "totaal": len(rows),
        "gefilterd": len(filtered),
        "aflopend": request_flag(request.GET, "aflopend"),
        "headers": sort_headers(request.GET, filters),
        "notices": notices_for(request.user, coach),
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
    request, inwoner: Inwoner | int, needed: Toegang = Toegang.LEZEN, assignments=None
) -> Toegang:
    """Raise 403 (and audit the refusal) unless the user may open this file at `needed`.

    Decided on the id alone, before anything is looked up: an id that does not exist gets
    the same answer, status and page as a resident the user may not see, so ids cannot be
    probed. REDEN_NODIG is returned for the caller to send the werkcoach to the inzage form.
    """
    inwoner_id = getattr(inwoner, "pk", inwoner)
    granted = access.dossier_access(request.user, inwoner_id, vandaag(), assignments)
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
    # read once: the current assignment decides access, the file shows them all
    assignments = resident_assignments(inwoner_id)
    granted = require_dossier_access(request, inwoner_id, assignments=assignments)
    if granted == Toegang.REDEN_NODIG:
        return redirect("web:inzage", inwoner_id=inwoner_id)
    day = vandaag()
    try:  # as accessible_inwoner, without reading the resident twice
        dossier = load_dossier(inwoner_id, day, assignments)
    except Inwoner.DoesNotExist:
        raise Http404("Deze inwoner bestaat niet.") from None
    mag_schrijven = granted == Toegang.SCHRIJVEN
    sections = load_sections(DossierContext(dossier.inwoner, day, request.user, mag_schrijven))
    audit.log(request.user, AuditActie.DOSSIER_BEKEKEN, inwoner_id)
    return render(
        request,
        "web/dossier.html",
        {
            "dossier": dossier,
            "inwoner": dossier.inwoner,
            "day": day,
            "sections": sections,
            "mag_schrijven": mag_schrijven,
            "alleen_inzage": granted == Toegang.INZAGE,
            "toon_bsn": granted >= Toegang.INZAGE,
            "mag_herverdelen": request.user.has_perm("web.herverdelen") and mag_schrijven,
            "eigen_caseload": access.may_use_caseload(request.user),
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
