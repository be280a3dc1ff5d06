# SPDX-License-Identifier: EUPL-1.2
"""The matching section of the resident file: work wishes and proposals for vacancies,
for residents that employer services works with (or who have wishes or proposals)."""

from __future__ import annotations

from werkspoor.employers.services import werkzoekenden

from .models import Voordracht, Werkwens


def matching_section(ctx) -> dict | None:
    if not ctx.mag_schrijven:
        return None
    wens = Werkwens.objects.filter(inwoner=ctx.inwoner).first()
    voordrachten = list(
        Voordracht.objects.filter(inwoner=ctx.inwoner)
        .select_related("vacature__werkgever")
        .order_by("-voorgesteld_op", "-pk")
    )
    werkzoekend = werkzoekenden(ctx.day).filter(inwoner=ctx.inwoner).exists()
    if not (wens or voordrachten or werkzoekend):
        return None
    return {"werkwens": wens, "voordrachten": voordrachten}
