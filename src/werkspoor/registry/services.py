# SPDX-License-Identifier: EUPL-1.2
"""Registry queries that are not a view: key figures for the start page."""

from __future__ import annotations

from datetime import date

from django.db.models import Count, Max, Q

from .models import ArrangementPeriode, Toewijzing, Uitkering


def running_on(day: date, prefix: str = "") -> Q:
    """Q filter for half-open periods running on `day` (prefix for related lookups)."""
    return Q(**{f"{prefix}startdatum__lte": day}) & (
        Q(**{f"{prefix}einddatum__isnull": True}) | Q(**{f"{prefix}einddatum__gt": day})
    )


def runs_on(period, day: date) -> bool:
    """Whether a period already read (startdatum, einddatum) runs on `day`: running_on in
    Python."""
    return period.startdatum <= day and (period.einddatum is None or period.einddatum > day)


def latest_registered_day(today: date | None = None) -> date | None:
    """The last day the registry speaks of: today, or the last registered date if earlier."""
    today = today or date.today()
    last = Uitkering.objects.aggregate(start=Max("startdatum"), end=Max("einddatum"))
    known = [d for d in last.values() if d is not None]
    if not known:
        return None
    return min(today, max(known))


def key_figures(today: date | None = None) -> dict:
    day = latest_registered_day(today)
    if day is None:
        return {"peildatum": None}
    running = Uitkering.objects.filter(running_on(day), regeling="PW")
    total = running.count()
    overvecht = running.filter(inwoner__wijk="Overvecht").count()
    arrangement_3 = (
        ArrangementPeriode.objects.filter(running_on(day), arrangement=3)
        .filter(inwoner__uitkeringen__in=running)
        .values("inwoner")
        .distinct()
        .count()
    )
    per_coach = (
        Toewijzing.objects.filter(running_on(day), inwoner__uitkeringen__in=running)
        .values("werkcoach")
        .annotate(n=Count("inwoner", distinct=True))
    )
    sizes = [row["n"] for row in per_coach]
    return {
        "peildatum": day,
        "lopende_uitkeringen": total,
        "aandeel_overvecht": 100 * overvecht / total if total else 0,
        "arrangement_3": arrangement_3,
        "werkcoaches": len(sizes),
        "gemiddelde_caseload": sum(sizes) / len(sizes) if sizes else 0,
    }
