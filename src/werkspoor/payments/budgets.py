# SPDX-License-Identifier: EUPL-1.2
"""Budgets per year as configuration: `definitions/gemeenten/<gemeente>/budgetten.yaml`.

A budget pays for one or more regelingen; each year's amount carries its source or is marked
as an assumption. The indicator engine reads them as the tables `budget` (budget, jaar,
bedrag) and `budgetregeling` (budget, regeling).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

import pyarrow as pa
import yaml
from django.conf import settings

from werkspoor.applications.choices import AanvraagRegeling
from werkspoor.core.gemeente import gemeente_dir

FILE_NAME = "budgetten.yaml"


class BudgetConfigError(ValueError):
    """The configuration cannot be used; the message names file and field."""


@dataclass(frozen=True)
class Jaarbudget:
    jaar: int
    bedrag: Decimal
    bron: str
    aanname: bool


@dataclass(frozen=True)
class Budget:
    code: str
    naam: str
    regelingen: tuple[str, ...]
    jaren: dict[int, Jaarbudget]


def _jaar(path, code: str, jaar, entry) -> Jaarbudget:
    where = f"{path.name}, budget '{code}', jaar {jaar}"
    try:
        bedrag = Decimal(str(entry["bedrag"]))
    except (KeyError, TypeError, ArithmeticError):
        raise BudgetConfigError(
            f"{where}: 'bedrag' (in euro) ontbreekt of is geen getal."
        ) from None
    aanname = bool(entry.get("aanname", False))
    bron = " ".join(str(entry.get("toelichting" if aanname else "bron", "")).split())
    if not bron:
        raise BudgetConfigError(
            f"{where}: geef een 'bron', of 'aanname: true' met een 'toelichting'."
        )
    return Jaarbudget(int(jaar), bedrag, bron, aanname)


@cache
def load_budgets(key: str) -> tuple[Budget, ...]:
    path = gemeente_dir(key) / FILE_NAME
    if not path.exists():
        return ()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    budgets, claimed = [], {}
    for code, spec in (data.get("budgetten") or {}).items():
        regelingen = tuple(spec.get("regelingen") or ())
        unknown = [r for r in regelingen if r not in AanvraagRegeling.values]
        if not regelingen or unknown:
            raise BudgetConfigError(
                f"{path.name}, budget '{code}', 'regelingen': geef regelingen uit "
                f"{', '.join(AanvraagRegeling.values)}."
            )
        for regeling in regelingen:
            if regeling in claimed:
                raise BudgetConfigError(
                    f"{path.name}: regeling {regeling} staat in budget '{claimed[regeling]}' "
                    f"en in '{code}'; een regeling hoort bij één budget."
                )
            claimed[regeling] = code
        jaren = {int(j): _jaar(path, code, j, e) for j, e in (spec.get("jaren") or {}).items()}
        budgets.append(Budget(str(code), str(spec.get("naam", code)), regelingen, jaren))
    return tuple(budgets)


def budgets() -> tuple[Budget, ...]:
    return load_budgets(settings.WERKSPOOR_GEMEENTE.lower())


def budget_table() -> pa.Table:
    rows = [(b.code, j.jaar, float(j.bedrag)) for b in budgets() for j in b.jaren.values()]
    return pa.table(
        {
            "budget": pa.array([r[0] for r in rows], pa.string()),
            "jaar": pa.array([r[1] for r in rows], pa.int64()),
            "bedrag": pa.array([r[2] for r in rows], pa.float64()),
        }
    )


def budgetregeling_table() -> pa.Table:
    rows = [(b.code, r) for b in budgets() for r in b.regelingen]
    return pa.table(
        {
            "budget": pa.array([r[0] for r in rows], pa.string()),
            "regeling": pa.array([r[1] for r in rows], pa.string()),
        }
    )
