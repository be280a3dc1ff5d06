# SPDX-License-Identifier: EUPL-1.2
"""The amount column of the dossier's benefit table (web/dossier_sections.py): per benefit
the last payment of its regeling to the resident within the benefit's period, up to `day`."""

from __future__ import annotations

from datetime import date

from django.db.models import Sum
from django.utils.formats import date_format

from werkspoor.rules.regelingen import euro

from .models import Betaling


def last_payments(uitkeringen: list, day: date) -> dict[int, str]:
    if not uitkeringen:
        return {}
    monthly = (
        Betaling.objects.filter(
            inwoner_id__in={u.inwoner_id for u in uitkeringen},
            regeling__in={u.regeling for u in uitkeringen},
            maand__lte=day,
        )
        .values("inwoner_id", "regeling", "maand")
        .annotate(bedrag=Sum("bedrag"))
        .order_by("-maand")
    )
    rows = list(monthly)
    amounts = {}
    for uitkering in uitkeringen:
        first = uitkering.startdatum.replace(day=1)
        last = min(day, uitkering.einddatum or day)
        paid = next(
            (
                row
                for row in rows
                if row["inwoner_id"] == uitkering.inwoner_id
                and row["regeling"] == uitkering.regeling
                and first <= row["maand"] <= last
            ),
            None,
        )
        if paid is not None:
            month = date_format(paid["maand"], "F Y")
            amounts[uitkering.pk] = f"{euro(float(paid['bedrag']))} ({month})"
    return amounts
