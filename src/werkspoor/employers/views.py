# SPDX-License-Identifier: EUPL-1.2
"""The bedrijfsadviseur's screens: werkgevers with their contact persons, SROI obligations,
vacatures, ontmoetingen and plaatsingen. The vacancy itself, with its candidates and its
pipeline, is a matching page."""

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
from .models import Vacature, Werkgever

WERKGEVERS_PER_PAGE = 50
RECENT = 10


def require_perm(user, permission: str) -> None:
    if not user.has_perm(permission):
        raise PermissionDenied("Alleen een bedrijfsadviseur kan deze pagina gebruiken.")


def form_page(request, form, titel, terug, perform, success, intro=""):
    """Show `form`; on a valid POST run `perform(cleaned_data)` and go where it says."""
    if request.method == "POST" and form.is_valid():
        try:
            target = perform(form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, success)
            return redirect(target)
    form.mark_errors()
    context = {"form": form, "titel": titel, "terug": terug, "intro": intro}
    return render(request, "employers/formulier.html", context, status=400 if form.errors else 200)


@login_required
def werkgevers_view(request):
    require_perm(request.user, "employers.view_werkgever")
    zoek, sector = request.GET.get("q", "").strip(), request.GET.get("sector", "")
    day = vandaag()
    rows = services.werkgevers_overzicht(day, zoek, sector)
    page = Paginator(rows, WERKGEVERS_PER_PAGE).get_page(request.GET.get("pagina"))
    sectors = (
        Werkgever.objects.exclude(sector="").order_by("sector").values_list("sector", flat=True)
    )
    return render(
        request,
        "employers/werkgevers.html",
        {
            "page": page,
            "zoek": zoek,
            "sector": sector,
            "sectoren": list(dict.fromkeys(sectors)),
            "day": day,
        },
    )


@login_required
def werkgever_view(request, werkgever_id: int):
    require_perm(request.user, "employers.view_werkgever")
    werkgever = get_object_or_404(Werkgever, pk=werkgever_id)
    day = vandaag()
    vacatures = list(werkgever.vacatures.order_by("-startdatum"))
    ontmoetingen = list(
        werkgever.ontmoetingen.select_related("inwoner").order_by("-datum")[:RECENT]
    )
    plaatsingen = list(
        werkgever.plaatsingen.select_related("inwoner", "vacature").order_by("-datum")[:RECENT]
    )
    shown = sorted({o.inwoner_id for o in ontmoetingen} | {p.inwoner_id for p in plaatsingen})
    audit.log(
        request.user,
        AuditActie.WERKGEVER_BEKEKEN,
        object_id=werkgever.pk,
        detail={"inwoners": shown},
    )
    return render(
        request,
        "employers/werkgever.html",
        {
            "werkgever": werkgever,
            "day": day,
            "contactpersonen": list(werkgever.contactpersonen.all()),
            "sroi": services.sroi_voortgang(werkgever),
            "open_vacatures": [v for v in vacatures if v.is_lopend_op(day)],
            "gesloten_vacatures": [v for v in vacatures if not v.is_lopend_op(day)][:RECENT],
            "ontmoetingen": ontmoetingen,
            "ontmoetingen_totaal": werkgever.ontmoetingen.count(),
            "plaatsingen": plaatsingen,
            "plaatsingen_totaal": werkgever.plaatsingen.count(),
            "mag_wijzigen": request.user.has_perm("employers.change_werkgever"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def werkgever_nieuw_view(request):
    require_perm(request.user, "employers.add_werkgever")
    werkgever = Werkgever()
    form = forms.WerkgeverForm(request.POST or None, instance=werkgever)
    return form_page(
        request,
        form,
        "Werkgever toevoegen",
        "/werkgevers/",
        lambda d: f"/werkgevers/{services.save_werkgever(request.user, werkgever, **d).pk}/",
        "De werkgever is toegevoegd.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def werkgever_bewerken_view(request, werkgever_id: int):
    require_perm(request.user, "employers.change_werkgever")
    werkgever = get_object_or_404(Werkgever, pk=werkgever_id)
    form = forms.WerkgeverForm(request.POST or None, instance=werkgever)
    back = f"/werkgevers/{werkgever.pk}/"
    return form_page(
        request,
        form,
        f"{werkgever.naam} bewerken",
        back,
        lambda d: _target(services.save_werkgever(request.user, werkgever, **d), back),
        "De gegevens van de werkgever zijn opgeslagen.",
    )


def _target(result, default: str) -> str:
    """Where to go after an action: the URL it returned, else `default`."""
    return result if isinstance(result, str) else default


def _werkgever_action(request, werkgever_id, permission, form_class, titel, perform, success):
    require_perm(request.user, permission)
    werkgever = get_object_or_404(Werkgever, pk=werkgever_id)
    back = f"/werkgevers/{werkgever.pk}/"
    kwargs = {"werkgever": werkgever} if form_class is forms.PlaatsingForm else {}
    initial = {"datum": vandaag(), "startdatum": vandaag()}
    form = form_class(request.POST or None, initial=initial, **kwargs)
    return form_page(
        request,
        form,
        f"{titel} — {werkgever.naam}",
        back,
        lambda d: _target(perform(werkgever, d), back),
        success,
    )


@login_required
@require_http_methods(["GET", "POST"])
def contactpersoon_view(request, werkgever_id: int):
    return _werkgever_action(
        request,
        werkgever_id,
        "employers.change_werkgever",
        forms.ContactPersoonForm,
        "Contactpersoon toevoegen",
        lambda werkgever, d: services.add_contactpersoon(request.user, werkgever, **d),
        "De contactpersoon is toegevoegd.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def sroi_view(request, werkgever_id: int):
    return _werkgever_action(
        request,
        werkgever_id,
        "employers.change_werkgever",
        forms.SroiForm,
        "SROI-verplichting vastleggen",
        lambda werkgever, d: services.add_sroi(request.user, werkgever, **d),
        "De SROI-verplichting is vastgelegd.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def vacature_nieuw_view(request, werkgever_id: int):
    return _werkgever_action(
        request,
        werkgever_id,
        "employers.add_vacature",
        forms.VacatureForm,
        "Vacature registreren",
        lambda werkgever, d: (
            "/vacatures/"
            f"{services.save_vacature(request.user, Vacature(werkgever=werkgever), **d).pk}/"
        ),
        "De vacature is geregistreerd. Zoek hieronder kandidaten.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def vacature_bewerken_view(request, vacature_id: int):
    require_perm(request.user, "employers.change_vacature")
    vacature = get_object_or_404(Vacature.objects.select_related("werkgever"), pk=vacature_id)
    form = forms.VacatureForm(request.POST or None, instance=vacature)
    back = f"/vacatures/{vacature.pk}/"
    return form_page(
        request,
        form,
        f"Vacature {vacature.titel} bewerken",
        back,
        lambda d: _target(services.save_vacature(request.user, vacature, **d), back),
        "De vacature is opgeslagen.",
    )


def _resident_action(request, werkgever_id, permission, form_class, titel, register, success):
    """Register something about a resident at this employer (a meeting, a placement): only
    for employer services' job seekers or residents the employer knows already."""

    def perform(werkgever, data):
        inwoner = data["inwoner"]
        if not services.may_register_for(werkgever, inwoner, vandaag()):
            raise ValidationError(
                {
                    "inwoner": "Deze inwoner kunt u hier niet registreren: alleen inwoners met "
                    "een lopende uitkering in arrangement 1 of 2, of die deze werkgever al kent."
                }
            )
        return register(werkgever, inwoner, data)

    return _werkgever_action(request, werkgever_id, permission, form_class, titel, perform, success)


@login_required
@require_http_methods(["GET", "POST"])
def ontmoeting_view(request, werkgever_id: int):
    return _resident_action(
        request,
        werkgever_id,
        "employers.add_ontmoeting",
        forms.OntmoetingForm,
        "Ontmoeting registreren",
        lambda werkgever, inwoner, d: services.register_ontmoeting(
            request.user, werkgever, inwoner, d["datum"]
        ),
        "De ontmoeting is geregistreerd.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def plaatsing_view(request, werkgever_id: int):
    return _resident_action(
        request,
        werkgever_id,
        "employers.add_plaatsing",
        forms.PlaatsingForm,
        "Plaatsing registreren",
        lambda werkgever, inwoner, d: services.register_plaatsing(
            request.user, werkgever, inwoner, d["datum"], d["soort"], d["vacature"]
        ),
        "De plaatsing is geregistreerd.",
    )
