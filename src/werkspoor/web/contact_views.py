# SPDX-License-Identifier: EUPL-1.2
"""Contact moments in full: every note of a resident's file, and one contact with its
corrections. The timeline in the dossier shows only the start of each note."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render

from werkspoor.core import audit
from werkspoor.core.corrections import entry_label, history
from werkspoor.core.models import AuditActie
from werkspoor.registry.models import Contactmoment

from .access import Toegang
from .views import accessible_inwoner, require_dossier_access

CONTACTS_PER_PAGE = 20


def _opened(request, inwoner_id):
    granted = require_dossier_access(request, inwoner_id)
    if granted == Toegang.REDEN_NODIG:
        return None, granted
    return accessible_inwoner(inwoner_id), granted


def _corrections_by_contact(inwoner_id: int) -> dict[int, list]:
    label = entry_label(Contactmoment)
    found: dict[int, list] = {}
    for record in history(inwoner_id):
        if record.detail.get("soort") == label:
            found.setdefault(record.object_id, []).append(record)
    return found


@login_required
def contacten_view(request, inwoner_id: int):
    inwoner, granted = _opened(request, inwoner_id)
    if granted == Toegang.REDEN_NODIG:
        return redirect("web:inzage", inwoner_id=inwoner_id)
    contacts = inwoner.contactmomenten.select_related("werkcoach").order_by("-datum", "-pk")
    page = Paginator(contacts, CONTACTS_PER_PAGE).get_page(request.GET.get("pagina"))
    corrections = _corrections_by_contact(inwoner.pk)
    withdrawn = [
        record
        for records in corrections.values()
        for record in records
        if record.actie == AuditActie.INGETROKKEN
    ]
    audit.log(
        request.user,
        AuditActie.CONTACT_BEKEKEN,
        inwoner.pk,
        detail={"contacten": [c.pk for c in page.object_list]},
    )
    return render(
        request,
        "web/contacten.html",
        {
            "inwoner": inwoner,
            "page": page,
            "gecorrigeerd": {pk for pk, records in corrections.items() if records},
            "ingetrokken": withdrawn,
            "mag_schrijven": granted == Toegang.SCHRIJVEN,
        },
    )


@login_required
def contact_detail_view(request, inwoner_id: int, contact_id: int):
    inwoner, granted = _opened(request, inwoner_id)
    if granted == Toegang.REDEN_NODIG:
        return redirect("web:inzage", inwoner_id=inwoner_id)
    contact = get_object_or_404(
        Contactmoment.objects.select_related("werkcoach"), pk=contact_id, inwoner=inwoner
    )
    audit.log(request.user, AuditActie.CONTACT_BEKEKEN, inwoner.pk, contact.pk)
    return render(
        request,
        "web/contact.html",
        {
            "inwoner": inwoner,
            "contact": contact,
            "correcties": _corrections_by_contact(inwoner.pk).get(contact.pk, []),
            "mag_schrijven": granted == Toegang.SCHRIJVEN,
        },
    )
