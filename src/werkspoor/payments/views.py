# SPDX-License-Identifier: EUPL-1.2
"""Screens of the payments check: the list for functioneel beheer (the same list as
`werkspoor controle`) and one resident's month calculated step by step. Both show personal
data, so both are audit-logged."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Max, Sum
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.today import vandaag
from werkspoor.rules.calculate import parameter_range
from werkspoor.rules.errors import RegelInvoerFout
from werkspoor.web.access import Toegang
from werkspoor.web.views import accessible_inwoner, require_dossier_access

from .controle import CONTROLE_REGELINGEN, bereken_maand, config, controle, euros, in_cents
from .explanation import stappen
from .models import Betaling
from .output import to_csv


def may_view_controle(user) -> bool:
    return user.is_authenticated and user.has_perm("payments.view_controle")


def parse_maand(text: str | None) -> date | None:
    try:
        year, month = (text or "").split("-")
        return date(int(year), int(month), 1)
    except ValueError:
        return None


def _latest_paid_month(inwoner_id: int | None = None) -> date | None:
    """The latest month with a PW/IOAW payment (of one resident if given)."""
    payments = Betaling.objects.filter(regeling__in=CONTROLE_REGELINGEN)
    if inwoner_id is not None:
        payments = payments.filter(inwoner_id=inwoner_id)
    return payments.aggregate(m=Max("maand"))["m"]


@login_required
def controle_view(request):
    if not may_view_controle(request.user):
        raise PermissionDenied("Alleen functioneel beheer ziet de controle van betalingen.")
    maand = parse_maand(request.GET.get("maand")) or _latest_paid_month()
    context = {"maand": maand, "fout": "", "result": None, "tolerantie": config().tolerantie}
    if request.GET.get("maand") and parse_maand(request.GET["maand"]) is None:
        context["fout"] = "Schrijf de maand als JJJJ-MM, bijvoorbeeld 2024-07."
    elif maand is not None:
        try:
            context["result"] = controle(maand)
        except RegelInvoerFout as error:
            context["fout"] = str(error)
    result = context["result"]
    audit.log(
        request.user,
        AuditActie.CONTROLE_BEKEKEN,
        detail={
            "maand": f"{maand:%Y-%m}" if maand else None,
            "verschillen": len(result.verschillen) if result else 0,
        },
    )
    if result is not None and request.GET.get("formaat") == "csv":
        response = HttpResponse(to_csv(result), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="controle-{maand:%Y-%m}.csv"'
        return response
    return render(
        request, "payments/controle.html", context, status=400 if context["fout"] else 200
    )


def _month_shown(request, inwoner_id: int) -> date:
    """The month asked for (?maand=JJJJ-MM), else the resident's latest month with a PW/IOAW
    payment, else this month (or the nearest month with norms). 404 for a month asked for
    that Werkspoor has no norms for."""
    asked = request.GET.get("maand")
    if asked:
        day = parse_maand(asked)
        if day is None:
            raise Http404("Schrijf de maand als JJJJ-MM, bijvoorbeeld 2024-07.")
    else:
        day = _latest_paid_month(inwoner_id) or _within_norms(vandaag().replace(day=1))
    if not parameter_range().contains(day):
        raise Http404("Voor deze maand kent Werkspoor geen normen.")
    return day


def _within_norms(day: date) -> date:
    """`day`, or the first or last month Werkspoor has norms for when it lies outside."""
    norms = parameter_range()
    last = (norms.end - timedelta(days=1)).replace(day=1)
    return min(max(day, norms.start.replace(day=1)), last)


def _neighbour_months(day: date) -> tuple[date | None, date | None]:
    previous = (day - timedelta(days=1)).replace(day=1)
    following = (day + timedelta(days=32)).replace(day=1)
    within = parameter_range().contains
    return (previous if within(previous) else None, following if within(following) else None)


@login_required
def berekening_view(request, inwoner_id: int):
    """One month of a resident's benefit step by step: for those who may open the dossier
    (functioneel beheer has the list of differences, not the files)."""
    granted = require_dossier_access(request, inwoner_id)  # on the id: 403 alike for all
    if granted == Toegang.REDEN_NODIG:
        return redirect("web:inzage", inwoner_id=inwoner_id)
    inwoner = accessible_inwoner(inwoner_id)
    day = _month_shown(request, inwoner.pk)
    maand = f"{day:%Y-%m}"
    berekening, codes = bereken_maand(day, inwoner.pk)
    betaald = dict(
        Betaling.objects.filter(inwoner=inwoner, maand=day, regeling__in=CONTROLE_REGELINGEN)
        .values_list("regeling")
        .annotate(totaal=Sum("bedrag"))
    )
    uitkeringen = [
        {
            "code": codes["uitkering"][row],
            "regeling": str(berekening.bestand.regeling[row]),
            "stappen": stappen(berekening, row),
            "verwacht": euros(in_cents(berekening.bedrag[row])),
        }
        for row in range(len(berekening))
    ]
    audit.log(request.user, AuditActie.BEREKENING_BEKEKEN, inwoner.pk, detail={"maand": maand})
    tolerantie = config().tolerantie
    vorige, volgende = _neighbour_months(day)
    vergelijking = []
    for regeling in sorted({u["regeling"] for u in uitkeringen} | set(betaald)):
        verwacht = sum(
            (u["verwacht"] for u in uitkeringen if u["regeling"] == regeling), Decimal(0)
        )
        paid = betaald.get(regeling, Decimal("0.00"))
        vergelijking.append(
            {
                "regeling": regeling,
                "betaald": paid,
                "verwacht": verwacht,
                "verschil": paid - verwacht,
                "afwijkend": abs(paid - verwacht) > tolerantie,
            }
        )
    return render(
        request,
        "payments/berekening.html",
        {
            "inwoner": inwoner,
            "maand": day,
            "uitkeringen": uitkeringen,
            "vergelijking": vergelijking,
            "tolerantie": tolerantie,
            "vorige": vorige,
            "volgende": volgende,
        },
    )
