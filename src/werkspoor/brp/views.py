# SPDX-License-Identifier: EUPL-1.2
"""The resident's BRP page: check with the BRP, see each value beside the BRP's with its
source and date, and decide per difference whether to take it over or keep Werkspoor's."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from werkspoor.web.access import Toegang
from werkspoor.web.views import accessible_inwoner, require_dossier_access

from . import client, services
from .client import BrpFout, BrpUit
from .models import Status, Veld


def _rows(inwoner):
    known = services.herkomst(inwoner)
    return [known[v] for v in Veld.values if v in known]


def _decisions(post) -> tuple[list[str], list[str]]:
    choices = {v: post.get(f"keuze_{v}") for v in Veld.values}
    return (
        [v for v, c in choices.items() if c == "overnemen"],
        [v for v, c in choices.items() if c == "behouden"],
    )


@login_required
@require_http_methods(["GET", "POST"])
def brp_view(request, inwoner_id: int):
    # Decided on the id before anything is looked up: 403 and 404 alike (web/views.py).
    granted = require_dossier_access(request, inwoner_id, Toegang.SCHRIJVEN)
    if granted == Toegang.REDEN_NODIG:
        return redirect("web:inzage", inwoner_id=inwoner_id)
    inwoner = accessible_inwoner(inwoner_id)
    if request.method == "POST":
        if request.POST.get("actie") == "controleren":
            try:
                records = services.controleer(inwoner, request.user)
            except (BrpUit, BrpFout) as error:
                messages.error(request, str(error))
            else:
                open_count = sum(1 for r in records if r.status == Status.VERSCHIL)
                messages.success(
                    request,
                    f"Gecontroleerd met de BRP: {open_count} verschil(len) om te beoordelen."
                    if open_count
                    else "Gecontroleerd met de BRP: geen verschillen om te beoordelen.",
                )
        else:
            overnemen, behouden = _decisions(request.POST)
            services.beslis(inwoner, overnemen, behouden, request.user)
            if overnemen or behouden:
                messages.success(request, "Uw keuzes zijn verwerkt en staan in het auditlog.")
        return redirect("brp:inwoner", inwoner_id=inwoner.pk)
    rows = _rows(inwoner)
    return render(
        request,
        "brp/brp.html",
        {
            "inwoner": inwoner,
            "rows": rows,
            "open": [r for r in rows if r.status == Status.VERSCHIL],
            "configured": client.configured(),
            "bron": client.BRON,
            "adres_in_registratie": services.registry_has_address(),
        },
    )
