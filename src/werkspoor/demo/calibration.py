# SPDX-License-Identifier: EUPL-1.2
"""The demo city's calibration figures, measured the way the statistics count them:
Participatiewet benefits (one per household) running on 31 December, outflow for reason
werk per calendar year of the einddatum, arrangement 3 and caseload on a peildatum."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path

from django.db.models import Count, Exists, OuterRef, Q

from werkspoor.employers.models import Ontmoeting
from werkspoor.registry.models import ArrangementPeriode, Toewijzing, Uitkering
from werkspoor.registry.services import running_on

YEARS = range(2017, 2026)
ARRANGEMENT_3_DAY = date(2022, 1, 1)
CASELOAD_DAYS = (date(2017, 12, 31), date(2020, 12, 31), date(2022, 1, 1), date(2025, 12, 31))


def _stock(day: date):
    return Uitkering.objects.filter(running_on(day), regeling="PW")


def mean_caseload(day: date) -> float:
    """As indicator caseload.per_werkcoach: residents with a running Participatiewet benefit
    assigned to the coach on the day, averaged over coaches with at least one."""
    running_people = _stock(day).values("inwoner")
    sizes = (
        Toewijzing.objects.filter(running_on(day), inwoner__in=running_people)
        .values("werkcoach")
        .annotate(n=Count("inwoner", distinct=True))
        .values_list("n", flat=True)
    )
    sizes = list(sizes)
    return sum(sizes) / len(sizes) if sizes else 0.0


def meetings_in_arrangement_3(year: int) -> tuple[int, int]:
    """Meetings in the year with a resident in arrangement 3 that day, and the employers met
    (as indicators werkgevers.ontmoetingen and werkgevers.werkgevers, arrangement 3)."""
    in_3 = ArrangementPeriode.objects.filter(
        arrangement=3, inwoner=OuterRef("inwoner"), startdatum__lte=OuterRef("datum")
    ).filter(Q(einddatum__isnull=True) | Q(einddatum__gt=OuterRef("datum")))
    meetings = Ontmoeting.objects.filter(datum__year=year).filter(Exists(in_3))
    return meetings.count(), meetings.values("werkgever").distinct().count()


def measure() -> dict:
    bestand = {y: _stock(date(y, 12, 31)).count() for y in YEARS}
    werk = Counter(
        Uitkering.objects.filter(regeling="PW", reden_beeindiging="werk").values_list(
            "einddatum__year", flat=True
        )
    )
    day_2020 = date(2020, 12, 31)
    stock_2020 = bestand[2020]
    overvecht = _stock(day_2020).filter(inwoner__wijk="Overvecht").count()
    running_people = _stock(ARRANGEMENT_3_DAY).values("inwoner")
    arrangement_3 = (
        ArrangementPeriode.objects.filter(running_on(ARRANGEMENT_3_DAY), arrangement=3)
        .filter(inwoner__in=running_people)
        .count()
    )
    meetings, employers = meetings_in_arrangement_3(2021)
    return {
        "bestand": bestand,
        "bestand_2020q3": _stock(date(2020, 9, 30)).count(),
        "ontmoetingen_2021": meetings,
        "werkgevers_2021": employers,
        "uitstroom_werk": {y: werk.get(y, 0) for y in YEARS},
        "arrangement_3_2022": arrangement_3,
        "aandeel_overvecht_2020": overvecht / stock_2020 if stock_2020 else 0.0,
        "caseload": {d.isoformat(): round(mean_caseload(d), 1) for d in CASELOAD_DAYS},
    }


def measure_export(folder: Path) -> dict:
    """Bestand and uitstroom naar werk counted from an exported uitkeringen.csv."""
    bestand, werk = Counter(), Counter()
    with open(Path(folder) / "uitkeringen.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["regeling"] != "PW":
                continue
            for year in YEARS:
                peildatum = f"{year}-12-31"
                if row["startdatum"] <= peildatum and (
                    not row["einddatum"] or row["einddatum"] > peildatum
                ):
                    bestand[year] += 1
            if row["reden_beeindiging"] == "werk":
                werk[int(row["einddatum"][:4])] += 1
    return {
        "bestand": {y: bestand[y] for y in YEARS},
        "uitstroom_werk": {y: werk[y] for y in YEARS},
    }


def format_figures(figures: dict) -> str:
    def dutch(n: float) -> str:
        return f"{n:,.0f}".replace(",", ".")

    lines = ["Kerncijfers demostad (Participatiewet):"]
    lines.append("  jaar  bestand 31-12  uitstroom werk")
    for year in YEARS:
        bestand, werk = figures["bestand"][year], figures["uitstroom_werk"][year]
        lines.append(f"  {year}  {dutch(bestand):>13}  {dutch(werk):>14}")
    lines.append(f"  arrangement 3 op 1-1-2022: {dutch(figures['arrangement_3_2022'])}")
    lines.append(
        f"  aandeel Overvecht 31-12-2020: {figures['aandeel_overvecht_2020'] * 100:.1f}%".replace(
            ".", ","
        )
    )
    growth = 100 * (figures["bestand"][2020] / figures["bestand"][2019] - 1)
    quarter = 100 * (figures["bestand"][2020] / figures["bestand_2020q3"] - 1)
    lines.append(f"  groei 2020: {growth:+.1f}%, in 2020Q4: {quarter:+.1f}%".replace(".", ","))
    lines.append(
        f"  ontmoetingen 2021 (arrangement 3): {figures['ontmoetingen_2021']} bij "
        f"{figures['werkgevers_2021']} werkgevers"
    )
    caseload = ", ".join(f"{d}: {v:.0f}" for d, v in figures["caseload"].items())
    lines.append(f"  gemiddelde caseload per werkcoach: {caseload}")
    return "\n".join(lines)
