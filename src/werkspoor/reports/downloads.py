# SPDX-License-Identifier: EUPL-1.2
"""The downloads of the web dashboard: every published figure of a quarter (and of its year
to date) as CSV and as XLSX, with the indicator's name and unit and the note on suppressed
cells. Text goes through `neutralise_formula` (no formulas in a sheet for people)."""

from __future__ import annotations

import io

from django.utils import timezone

from werkspoor.core.spreadsheets import neutralise_formula
from werkspoor.indicators.catalogue import catalogue
from werkspoor.indicators.output import breakdown_text, sort_cells, to_csv

from . import store
from .figures import Figures

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
COLUMNS = ("indicator", "naam", "periode", "uitsplitsing", "waarde", "eenheid", "onderdrukt")
# The whole-years table: indicator and cell.
YEAR_COLUMNS = (
    ("bijstand.bestand", {}),
    ("bijstand.groei_jaar", {}),
    ("bijstand.instroom", {}),
    ("bijstand.uitstroom", {}),
    ("bijstand.uitstroom_werk", {}),
    ("werkbeweging.personen", {}),
    ("werkgevers.ontmoetingen", {"arrangement": "3"}),
    ("werkgevers.werkgevers", {"arrangement": "3"}),
)


def published_cells(figures: Figures) -> list:
    """The quarter's cells and those of its year to date (when that is another period)."""
    periods = [figures.kwartaal]
    if figures.kwartaal.year_to_date != figures.kwartaal:
        periods.append(figures.kwartaal.year_to_date)
    cells = [c for p in periods for c in figures.cells_in(p)]
    return sort_cells(cells, [i.id for i in catalogue()])


def _rows(figures: Figures):
    cat = catalogue()
    for cell in published_cells(figures):
        indicator = cat.get(cell.indicator)
        yield [
            cell.indicator,
            neutralise_formula(indicator.naam),
            cell.periode,
            neutralise_formula(breakdown_text(cell)),
            None if cell.onderdrukt else cell.waarde,
            neutralise_formula(indicator.eenheid),
            "ja" if cell.onderdrukt else "nee",
        ]


def xlsx(figures: Figures, stored: store.Stored) -> bytes:
    from openpyxl import Workbook  # imported late: only this download needs it

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Cijfers")
    sheet.append(list(COLUMNS))
    for row in _rows(figures):
        sheet.append(row)
    notes = book.create_sheet("Toelichting")
    drempel = store.thresholds()[0]
    for line in (
        f"Dashboard Werk en Inkomen {figures.kwartaal}: alle gepubliceerde cijfers.",
        f"Stand van de registratie: {stored.horizon.stand.isoformat()}; "
        f"gemaakt {timezone.localdate().isoformat()} met Werkspoor.",
        f"Onderdrukt (waarde leeg): de groep telt minder dan {drempel} inwoners, of een "
        f"totaal zou zo'n groep verraden (onthullingscontrole).",
        "Uitsplitsing leeg = totaal (Participatiewet); naam=waarde, gescheiden door ';'.",
        "Definities: docs/indicatoren.md of /dashboard/indicatoren/.",
    ):
        notes.append([line])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def render(formaat: str, figures: Figures, stored: store.Stored) -> tuple[bytes | str, str]:
    if formaat == "xlsx":
        return xlsx(figures, stored), XLSX
    return to_csv(published_cells(figures)), "text/csv; charset=utf-8"
