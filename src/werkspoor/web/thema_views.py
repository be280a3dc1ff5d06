# SPDX-License-Identifier: EUPL-1.2
"""What the theme workspaces (schuldhulp, inburgering) share with the dossier's actions: a
refusal that is audited, one small form per action whose errors keep the input, and the
workspace's rules (who uses it, whose file opens) in one place per theme."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.today import vandaag
from werkspoor.registry.models import Inwoner
from werkspoor.registry.registration import register_inwoner

from .action_views import _today_initial, apply_errors


def refuse(request, inwoner_id: int | None = None, reason: str = "U hebt hier geen toegang toe."):
    """Audit the refusal and answer 403."""
    audit.log(request.user, AuditActie.TOEGANG_GEWEIGERD, inwoner_id, detail={"pad": request.path})
    raise PermissionDenied(reason)


def run_action(
    request, *, form, title, perform, success, back_url, inwoner=None, extra=None, next_url=None
):
    """Show `form`; on a valid POST call `perform(cleaned_data)` and go to `next_url(result)`
    (default: back to `back_url`). A ValidationError from the service puts its messages next
    to the fields, with what was typed."""
    if request.method == "POST" and form.is_valid():
        try:
            result = perform(form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, success)
            return redirect(next_url(result) if next_url else back_url)
    form.mark_errors()
    context = {"form": form, "titel": title, "inwoner": inwoner, "terug": back_url, **(extra or {})}
    return render(request, "web/thema_actie.html", context, status=400 if form.errors else 200)


@dataclass(frozen=True)
class ThemaWerkplek:
    """One theme's workspace: its name (in the audit log and the URL names), who may use
    it, whose file they may open, and the Dutch refusals."""

    naam: str  # "schuldhulp", also the URL namespace's dossier page
    namespace: str
    may_use: Callable
    may_open: Callable
    niet_voor_u: str
    geen_toegang: str

    def require(self, request) -> None:
        if not self.may_use(request.user):
            refuse(request, reason=self.niet_voor_u)

    def dossier_url(self, inwoner_id: int) -> str:
        return reverse(f"{self.namespace}:dossier", args=[inwoner_id])

    def open(self, request, inwoner_id: int):
        """The resident whose file the user may open; else 403, for an unknown id too (a
        forbidden and a non-existent resident get the same answer)."""
        inwoner = Inwoner.objects.filter(pk=inwoner_id).first()
        if inwoner is None or not self.may_open(request.user, inwoner):
            refuse(request, inwoner_id, self.geen_toegang)
        return inwoner

    def dossier(self, request, inwoner_id: int, template: str):
        inwoner = self.open(request, inwoner_id)
        detail = {"werkplek": self.naam}
        audit.log(request.user, AuditActie.DOSSIER_BEKEKEN, inwoner.pk, detail=detail)
        context = {"inwoner": inwoner, "day": vandaag(), "werkplek": self.naam}
        return render(request, template, context)

    def register(self, request, form_class, title: str, perform: Callable, success: str):
        """A new registration for a resident chosen by BSN (registered first if unknown):
        `perform(user, inwoner, cleaned_data)` returns the record; then its file opens."""
        self.require(request)
        form = form_class(request.POST or None, initial=_today_initial())

        def register_and_perform(data):
            inwoner = form.inwoner or register_inwoner(
                request.user, data["bsn"], form.nieuwe_inwoner(), door=self.naam
            )
            return perform(request.user, inwoner, data)

        return run_action(
            request,
            form=form,
            title=title,
            perform=register_and_perform,
            success=success,
            back_url=reverse(f"{self.namespace}:werklijst"),
            next_url=lambda record: self.dossier_url(record.inwoner_id),
        )

    def record_action(self, request, model, pk, form_class, title, perform, success, extra=None):
        """An action on one registration of a resident the user may open:
        `perform(record, cleaned_data)`."""
        record = get_object_or_404(model, pk=pk)
        inwoner = self.open(request, record.inwoner_id)
        return run_action(
            request,
            form=form_class(request.POST or None, initial=_today_initial()),
            title=title,
            perform=lambda data: perform(record, data),
            success=success,
            back_url=self.dossier_url(inwoner.pk),
            inwoner=inwoner,
            extra=extra(record) if extra else None,
        )
