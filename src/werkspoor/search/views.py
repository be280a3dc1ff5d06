# SPDX-License-Identifier: EUPL-1.2
"""The search page: one field for name, BSN, date of birth or resident code."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from werkspoor.core.today import vandaag
from werkspoor.web import access

from .services import MAX_RESULTS, search


@login_required
def zoeken_view(request):
    if not access.may_search(request.user):
        raise PermissionDenied("Uw rol werkt niet met dossiers van inwoners.")
    text = request.GET.get("q", "")
    result = search(request.user, text, vandaag()) if text.strip() else None
    return render(
        request,
        "search/zoeken.html",
        {
            "q": text,
            "result": result,
            "max": MAX_RESULTS,
            "werkcoach": access.may_use_caseload(request.user),
        },
    )
