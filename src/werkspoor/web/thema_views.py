# SPDX-License-Identifier: EUPL-1.2
"""What the theme workspaces (schuldhulp, inburgering) share with the dossier's actions: a
refusal that is audited, and one small form per action whose errors keep the input."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render

from werkspoor.core import audit
from werkspoor.core.models import AuditActie

from .action_views import _apply_errors, _today_initial


def refuse(request, inwoner_id: int | None = None, reason: str = "U hebt hier geen toegang toe."):
    """Audit the refusal and answer 403."""
    audit.log(request.user, AuditActie.TOEGANG_GEWEIGERD, inwoner_id, detail={"pad": request.path})
    raise PermissionDenied(reason)


def open_file(request, inwoner_id: int, may_open, reason: str):
    """The resident, if `may_open(user, inwoner)`; 404 for an unknown one, else 403."""
    from .views import _inwoner_or_404

    inwoner = _inwoner_or_404(inwoner_id)
    if not may_open(request.user, inwoner):
        refuse(request, inwoner.pk, reason)
    return inwoner


def today_initial() -> dict:
    return _today_initial()


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
            _apply_errors(form, error)
        else:
            messages.success(request, success)
            return redirect(next_url(result) if next_url else back_url)
    form.mark_errors()
    context = {"form": form, "titel": title, "inwoner": inwoner, "terug": back_url, **(extra or {})}
    return render(request, "web/thema_actie.html", context, status=400 if form.errors else 200)


def record_action(request, record, *, opener, dossier_url, form_class, title, perform, success):
    """An action on one registration (`record`) of a resident the user may open."""
    inwoner = opener(request, record.inwoner_id)
    return run_action(
        request,
        form=form_class(request.POST or None, initial=today_initial()),
        title=title,
        perform=lambda data: perform(record, data),
        success=success,
        back_url=dossier_url(inwoner.pk),
        inwoner=inwoner,
    )
