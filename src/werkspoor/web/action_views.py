# SPDX-License-Identifier: EUPL-1.2
"""Action pages on a resident file: one small form each; on a validation error the form
is shown again with what was typed and the message next to the field. Write access is
checked on the resident id before anything (the resident, a goal) is looked up."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from werkspoor.registry.models import Doel, Traject

from . import access, forms, services
from .access import Toegang
from .views import accessible_inwoner, require_dossier_access


def _apply_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            target = field if field in form.fields else None
            for item in errors:
                form.add_error(target, item)
    else:
        for message in error.messages:
            form.add_error(None, message)


def _today_initial() -> dict:
    today = services.vandaag()
    return {name: today for name in ("datum", "startdatum", "ingangsdatum", "statusdatum")}


def _action(
    request,
    inwoner_id,
    form_class,
    title,
    perform,
    success,
    form_kwargs=None,
    extra=None,
    target=None,
):
    """One action form. With `target` (a loader of the object acted on, e.g. a goal), it is
    loaded after the access check; `title` is then a function of it and `perform` gets it
    as a third argument."""
    granted = require_dossier_access(request, inwoner_id, Toegang.SCHRIJVEN)
    if granted == Toegang.REDEN_NODIG:
        return redirect("web:inzage", inwoner_id=inwoner_id)
    inwoner = accessible_inwoner(inwoner_id)
    objects = ()
    if target is not None:
        objects = (target(),)
        title, extra = title(*objects), {**(extra or {}), "object": objects[0]}
    form = form_class(request.POST or None, initial=_today_initial(), **(form_kwargs or {}))
    if request.method == "POST" and form.is_valid():
        try:
            perform(inwoner, form.cleaned_data, *objects)
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            messages.success(request, success)
            return redirect("web:dossier", inwoner_id=inwoner_id)
    form.mark_errors()
    context = {"form": form, "titel": title, "inwoner": inwoner, **(extra or {})}
    return render(request, "web/actie.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def contact_view(request, inwoner_id):
    return _action(
        request,
        inwoner_id,
        forms.ContactForm,
        "Contactmoment registreren",
        lambda inwoner, d: services.register_contact(
            request.user, inwoner, d["datum"], d["kanaal"], d["notitie"]
        ),
        "Het contactmoment is geregistreerd.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def doel_view(request, inwoner_id):
    return _action(
        request,
        inwoner_id,
        forms.DoelForm,
        "Doel toevoegen aan het inwonerplan",
        lambda inwoner, d: services.add_goal(
            request.user, inwoner, d["soort"], d["startdatum"], d["omschrijving"]
        ),
        "Het doel is toegevoegd aan het inwonerplan.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def doel_afsluiten_view(request, inwoner_id, doel_id):
    return _action(
        request,
        inwoner_id,
        forms.DoelAfsluitenForm,
        lambda doel: f"Doel {doel.get_soort_display().lower()} afsluiten",
        lambda inwoner, d, doel: services.close_goal(
            request.user, doel, d["status"], d["statusdatum"]
        ),
        "Het doel is afgesloten.",
        target=lambda: get_object_or_404(Doel, pk=doel_id, inwoner_id=inwoner_id),
    )


@login_required
@require_http_methods(["GET", "POST"])
def traject_view(request, inwoner_id):
    return _action(
        request,
        inwoner_id,
        forms.TrajectForm,
        "Traject starten",
        lambda inwoner, d: services.start_traject(
            request.user, inwoner, d["instrument"], d["startdatum"], d["einddatum"], d["loonwaarde"]
        ),
        "Het traject is gestart.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def traject_stoppen_view(request, inwoner_id, traject_id):
    return _action(
        request,
        inwoner_id,
        forms.TrajectStoppenForm,
        lambda traject: f"{traject.get_instrument_display()} stoppen",
        lambda inwoner, d, traject: services.stop_traject(
            request.user, traject, d["einddatum"], d["resultaat"]
        ),
        "Het traject is gestopt.",
        target=lambda: get_object_or_404(Traject, pk=traject_id, inwoner_id=inwoner_id),
    )


@login_required
@require_http_methods(["GET", "POST"])
def arrangement_view(request, inwoner_id):
    return _action(
        request,
        inwoner_id,
        forms.ArrangementForm,
        "Arrangement wijzigen",
        lambda inwoner, d: services.change_arrangement(
            request.user, inwoner, d["arrangement"], d["ingangsdatum"], d["reden"]
        ),
        "Het arrangement is gewijzigd.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def hertoewijzen_view(request, inwoner_id):
    if not request.user.has_perm("web.herverdelen"):
        raise PermissionDenied("Alleen een teamleider kan inwoners herverdelen.")
    return _action(
        request,
        inwoner_id,
        forms.HertoewijzenForm,
        "Aan een andere werkcoach toewijzen",
        lambda inwoner, d: services.reassign(
            request.user, inwoner, d["werkcoach"], d["ingangsdatum"]
        ),
        "De inwoner is aan de nieuwe werkcoach toegewezen; "
        "de vorige toewijzing blijft in de geschiedenis.",
        form_kwargs={"team_ids": access.led_team_ids(request.user)},
    )
