# SPDX-License-Identifier: EUPL-1.2
"""The check's list as CSV or JSON (amounts with a decimal point, as the exchange format)
and its one-line Dutch summary."""

from __future__ import annotations

import io
import json

from werkspoor.core.spreadsheets import spreadsheet_csv_writer
from werkspoor.rules.regelingen import euro

from .controle import Controle

COLUMNS = (
    "inwoner_id",
    "uitkering_id",
    "regeling",
    "maand",
    "betaald",
    "verwacht",
    "verschil",
    "regel",
    "parameter",
    "bron",
    "duiding",
)


def records(result: Controle) -> list[dict]:
    return [
        {
            "inwoner_id": v.inwoner,
            "uitkering_id": v.uitkering,
            "regeling": v.regeling,
            "maand": f"{v.maand:%Y-%m}",
            "betaald": str(v.betaald),
            "verwacht": str(v.verwacht),
            "verschil": str(v.verschil),
            "regel": v.regel,
            "parameter": v.parameter,
            "bron": v.bron,
            "duiding": v.duiding,
        }
        for v in result.verschillen
    ]


def to_csv(result: Controle) -> str:
    """The list for people to open in a spreadsheet: a cell that would start a formula (a
    resident code from an import, say) gets a leading quote (core.spreadsheets)."""
    buffer = io.StringIO()
    writer = spreadsheet_csv_writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows([record[column] for column in COLUMNS] for record in records(result))
    return buffer.getvalue()


def to_json(result: Controle) -> str:
    return json.dumps(records(result), ensure_ascii=False, indent=1) + "\n"


def summary(result: Controle) -> str:
    text = (
        f"Controle {result.maand:%Y-%m}: {result.uitkeringen:,} uitkeringen van "
        f"{result.huishoudens:,} huishoudens berekend".replace(",", ".")
        + f"; betaald {euro(float(result.betaald))}, berekend {euro(float(result.verwacht))}; "
        f"{len(result.verschillen)} verschil(len) groter dan {euro(float(result.tolerantie))}."
    )
    if result.niet_te_controleren:
        text += (
            f" Niet te controleren (deeltijdwerk zonder bedrag): "
            f"{len(result.niet_te_controleren)} huishouden(s)."
        )
    return text
