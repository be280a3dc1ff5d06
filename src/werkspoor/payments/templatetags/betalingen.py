# SPDX-License-Identifier: EUPL-1.2
"""`{% dossier_betalingen inwoner %}`: the resident's payments of the last twelve months, with
a link to each month's calculation, as a section of the dossier."""

from django import template

from ..controle import CONTROLE_REGELINGEN
from ..dossier import monthly_payments

register = template.Library()
MONTHS_SHOWN = 12


@register.inclusion_tag("payments/_dossier_betalingen.html")
def dossier_betalingen(inwoner):
    rows = monthly_payments(inwoner)  # as the benefit table read them, when it did
    months = sorted({r["maand"] for r in rows}, reverse=True)[:MONTHS_SHOWN]
    shown = [dict(r) for r in rows if r["maand"] in months]
    for row in shown:
        row["berekenbaar"] = row["regeling"] in CONTROLE_REGELINGEN
    return {"inwoner": inwoner, "betalingen": shown}
