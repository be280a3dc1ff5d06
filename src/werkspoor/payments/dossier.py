# SPDX-License-Identifier: EUPL-1.2
"""The amount column of the dossier's benefit table (web/dossier_sections.py): per benefit
the last payment of its regeling to the resident within the benefit's period, up to `day`."""

from __future__ import annotations

from datetime import date

from django.db.models import Sum
from django.utils.formats import date_format

from werkspoor.rules.regelingen import euro

from .models import Betaling


def monthly_payments(inwoner) -> list[dict]:
    """The resident's payments summed per month and regeling, newest month first. Read once
    per resident object: the dossier's benefit table and its payments section both show them."""
    rows = getattr(inwoner, "_betalingen_per_maand", None)
    if rows is None:
        rows = list(
            inwoner.betalingen.values("maand", "regeling")
            .annotate(bedrag=Sum("bedrag"))
            .order_by("-maand", "regeling")
        )
        inwoner._betalingen_per_maand = rows
    return rows


def _monthly(uitkeringen: list, day: date) -> list[dict]:
    """The sums per resident, regeling and month up to `day` for these benefits, newest
    first; from the resident's monthly payments when the benefits are one resident's."""
    first = uitkeringen[0]
    regelingen = {u.regeling for u in uitkeringen}
    field = type(first)._meta.get_field("inwoner")
    if {u.inwoner_id for u in uitkeringen} == {first.inwoner_id} and field.is_cached(first):
        return [
            dict(row, inwoner_id=first.inwoner_id)
            for row in monthly_payments(first.inwoner)
            if row["regeling"] in regelingen and row["maand"] <= day
        ]
    monthly = (
        Betaling.objects.filter(
            inwoner_id__in={u.inwoner_id for u in uitkeringen},
            regeling__in=regelingen,
            maand__lte=day,
        )
        .values("inwoner_id", "regeling", "maand")
        .annotate(bedrag=Sum("bedrag"))
        .order_by("-maand")
    )
    return list(monthly)


def last_payments(uitkeringen: list, day: date) -> dict[int, str]:
    if not uitkeringen:
        return {}
    rows = _monthly(uitkeringen, day)
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
