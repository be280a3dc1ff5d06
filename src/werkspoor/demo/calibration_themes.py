# SPDX-License-Identifier: EUPL-1.2
"""The demo city's theme figures that are calibrated to the seeds, measured in the registry:
U-pas holders in pass year 2022 (39.451 in March 2023), the share of holders who used their
credit (87%) and what was spent of the credit; plus the volumes of the other themes."""

from __future__ import annotations

from collections import Counter

from django.db.models import Count, Q, Sum

from werkspoor.debt.models import Schuldhulptraject, Vroegsignaal
from werkspoor.inburgering.models import Inburgering
from werkspoor.poverty.models import UPas
from werkspoor.registry.models import Inwoner

CALIBRATED_PASS_YEAR = 2022  # "stand maart 2023" lies in pass year 2022/2023


def measure_themes() -> dict:
    year = UPas.objects.filter(pasjaar=CALIBRATED_PASS_YEAR).aggregate(
        houders=Count("inwoner", distinct=True),
        gebruikt=Count("pk", filter=Q(besteed__gt=0)),
        besteed=Sum("besteed"),
        tegoed=Sum("tegoed"),
    )
    houders = year["houders"] or 0
    return {
        "upas_houders": houders,
        "upas_gebruikt": year["gebruikt"] / houders if houders else 0.0,
        "upas_besteed": float(year["besteed"] / year["tegoed"]) if year["tegoed"] else 0.0,
        "aanmeldingen": _per_year(Schuldhulptraject, "aanmelddatum"),
        "signalen": _per_year(Vroegsignaal, "datum"),
        "inburgering": _per_year(Inburgering, "startdatum"),
        "zonder_uitkering": Inwoner.objects.filter(uitkeringen__isnull=True).count(),
    }


def _per_year(model, field: str) -> dict[int, int]:
    return dict(sorted(Counter(model.objects.values_list(f"{field}__year", flat=True)).items()))


def format_theme_figures(figures: dict) -> str:
    def dutch(n: float) -> str:
        return f"{n:,.0f}".replace(",", ".")

    def percent(fraction: float) -> str:
        return f"{100 * fraction:.1f}%".replace(".", ",")

    lines = [
        "Thema's (Armoede, Schuldhulpverlening, Inburgering):",
        f"  U-pashouders pasjaar {CALIBRATED_PASS_YEAR}: {dutch(figures['upas_houders'])}, "
        f"tegoed gebruikt door {percent(figures['upas_gebruikt'])}, "
        f"besteed {percent(figures['upas_besteed'])} van het tegoed",
        f"  inwoners zonder uitkering: {dutch(figures['zonder_uitkering'])}",
    ]
    for name, label in (
        ("aanmeldingen", "aanmeldingen schuldhulp"),
        ("signalen", "vroegsignalen"),
        ("inburgering", "gestarte inburgeringen"),
    ):
        per_year = ", ".join(f"{y}: {dutch(n)}" for y, n in sorted(figures[name].items()))
        lines.append(f"  {label}: {per_year}")
    return "\n".join(lines)
