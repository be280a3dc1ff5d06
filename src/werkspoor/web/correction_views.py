# SPDX-License-Identifier: EUPL-1.2
"""Correcting or withdrawing an entry of a resident file (contact, goal, trajectory,
appointment, to-do): one form with a reason; the original stays in the audit log."""

from __future__ import annotations

from django import forms as django_forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from werkspoor.core import corrections

from .access import Toegang
from .action_views import apply_errors
from .corrections import CORRECTABLE, Correctable
from .forms import DateInput, UtrechtFormMixin
from .views import accessible_inwoner, require_dossier_access


class TimeInput(django_forms.TimeInput):
    input_type = "time"

    def __init__(self, **kwargs):
        super().__init__(format="%H:%M", **kwargs)


def _formfield(model_field, **kwargs):
    if isinstance(model_field, models.DateField):
        kwargs["widget"] = DateInput()
    elif isinstance(model_field, models.TimeField):
        kwargs["widget"] = TimeInput()
    return model_field.formfield(**kwargs)


REDEN = django_forms.CharField(
    label="Reden",
    widget=django_forms.Textarea(attrs={"rows": 2}),
    help_text="Waarom de registratie niet klopte. De reden en de oorspronkelijke gegevens "
    "komen in het auditlog.",
    error_messages={"required": "Geef de reden."},
)


def correction_form(correctable: Correctable) -> type[django_forms.Form]:
    fields = django_forms.fields_for_model(
        correctable.model, fields=correctable.fields, formfield_callback=_formfield
    )
    return type("CorrectieForm", (UtrechtFormMixin, django_forms.Form), {**fields, "reden": REDEN})


class IntrekkenForm(UtrechtFormMixin, django_forms.Form):
    reden = REDEN


def _entry(request, inwoner_id: int, kind: str, pk: int):
    correctable = CORRECTABLE.get(kind)
    if correctable is None:
        raise Http404("Deze soort registratie kan niet gecorrigeerd worden.")
    granted = require_dossier_access(request, inwoner_id, Toegang.SCHRIJVEN)
    if granted == Toegang.REDEN_NODIG:
        return correctable, None, granted, None
    inwoner = accessible_inwoner(inwoner_id)
    entry = get_object_or_404(correctable.model, pk=pk, inwoner=inwoner)
    return correctable, inwoner, granted, entry


def entry_facts(correctable: Correctable, entry) -> list[tuple[str, object]]:
    """(label, shown value) of every field of the entry, as the withdrawal page lists them."""
    facts = []
    for name in correctable.snapshot_fields:
        field = correctable.model._meta.get_field(name)
        display = getattr(entry, f"get_{name}_display", None)
        value = display() if display else getattr(entry, name)
        facts.append((str(field.verbose_name).capitalize(), value))
    return facts


def _back(inwoner, correctable: Correctable, entry_pk) -> str:
    if correctable.kind == "contact":
        return f"/inwoners/{inwoner.pk}/contacten/"
    return f"/inwoners/{inwoner.pk}/"


@login_required
@require_http_methods(["GET", "POST"])
def correctie_view(request, inwoner_id: int, kind: str, pk: int):
    correctable, inwoner, granted, entry = _entry(request, inwoner_id, kind, pk)
    if granted == Toegang.REDEN_NODIG:
        return redirect("web:inzage", inwoner_id=inwoner_id)
    if not correctable.fields:
        raise Http404("Deze registratie kan alleen worden ingetrokken.")
    initial = {name: getattr(entry, name) for name in correctable.fields}
    form = correction_form(correctable)(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        changes = {name: form.cleaned_data[name] for name in correctable.fields}
        try:
            corrections.correct(
                request.user,
                entry,
                changes,
                form.cleaned_data["reden"],
                inwoner.pk,
                check=correctable.check,
            )
        except ValidationError as error:
            entry.refresh_from_db()
            apply_errors(form, error)
        else:
            messages.success(
                request,
                f"Correctie van {correctable.label} opgeslagen; de oorspronkelijke "
                "gegevens staan in het auditlog.",
            )
            return redirect(_back(inwoner, correctable, entry.pk))
    form.mark_errors()
    return render(
        request,
        "web/correctie.html",
        {
            "form": form,
            "inwoner": inwoner,
            "titel": f"{correctable.label.capitalize()} corrigeren",
            "terug": _back(inwoner, correctable, entry.pk),
            "intrekken": f"/inwoners/{inwoner.pk}/intrekken/{kind}/{entry.pk}/",
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def intrekken_view(request, inwoner_id: int, kind: str, pk: int):
    correctable, inwoner, granted, entry = _entry(request, inwoner_id, kind, pk)
    if granted == Toegang.REDEN_NODIG:
        return redirect("web:inzage", inwoner_id=inwoner_id)
    form = IntrekkenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            corrections.withdraw(
                request.user,
                entry,
                correctable.snapshot_fields,
                form.cleaned_data["reden"],
                inwoner.pk,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                f"{correctable.label.capitalize()} ingetrokken; de oorspronkelijke gegevens "
                "en de reden staan in het auditlog.",
            )
            return redirect(_back(inwoner, correctable, None))
    form.mark_errors()
    return render(
        request,
        "web/intrekken.html",
        {
            "form": form,
            "inwoner": inwoner,
            "titel": f"{correctable.label.capitalize()} intrekken",
            "feiten": entry_facts(correctable, entry),
            "terug": _back(inwoner, correctable, entry.pk),
        },
        status=400 if form.errors else 200,
    )
