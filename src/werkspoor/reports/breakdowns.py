# SPDX-License-Identifier: EUPL-1.2
"""The web dashboard's breakdown table: key indicators of a quarter per wijk, arrangement,
doelgroep, leeftijdsklasse, huishoudtype or regeling (published figures only)."""

from __future__ import annotations

from werkspoor.core.gemeente import current_gemeente
from werkspoor.indicators.catalogue import catalogue
from werkspoor.indicators.cells import breakdown_domains

from . import formatting
from .figures import Figures

COLUMNS = (
    "bijstand.bestand",
    "bijstand.instroom",
    "bijstand.uitstroom",
    "bijstand.uitstroom_werk",
    "bijstand.groei_jaar",
    "inwonerplan.dekking",
)


def breakdown_choices() -> list[tuple[str, str]]:
    return [
        (name, spec["naam"])
        for name, spec in catalogue().uitsplitsingen.items()
        if isinstance(spec, dict)
    ]


def breakdown_table(figures: Figures, uitsplitsing: str) -> dict:
    cat = catalogue()
    columns = [cat.get(c) for c in COLUMNS if uitsplitsing in cat.get(c).uitsplitsingen]
    values = breakdown_domains(cat, current_gemeente().wijken)[uitsplitsing]
    rows = [
        (
            value,
            [
                formatting.value_for(
                    i.eenheid, figures.value(i.id, figures.kwartaal, **{uitsplitsing: value})
                )
                for i in columns
            ],
        )
        for value in values
    ]
    total = (
        "totaal",
        [formatting.value_for(i.eenheid, figures.value(i.id, figures.kwartaal)) for i in columns],
    )
    return {"columns": columns, "rows": rows, "total": total}
