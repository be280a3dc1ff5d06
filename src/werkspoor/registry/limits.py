# SPDX-License-Identifier: EUPL-1.2
"""Legal limits on trajecten, read as dated parameters from definitions/trajecten/limieten.yaml.

Pure functions: the date a werken-met-behoud traject must end by, the date a loonwaarde is
due for re-assessment. The values come from the file, never from code.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import yaml
from django.conf import settings

from werkspoor.core.periods import age_on


class LimitsConfigError(Exception):
    pass


@dataclass(frozen=True)
class DatedValue:
    vanaf: date
    waarde: int
    bron: str


def _path():
    return settings.DEFINITIONS_DIR / "trajecten" / "limieten.yaml"


@cache
def _parameters() -> dict[str, tuple[DatedValue, ...]]:
    data = yaml.safe_load(_path().read_text(encoding="utf-8"))
    parameters = {}
    for name, spec in data.items():
        try:
            values = [DatedValue(v["vanaf"], int(v["waarde"]), v["bron"]) for v in spec["waarden"]]
        except (KeyError, TypeError, ValueError) as error:
            raise LimitsConfigError(
                f"{_path()}: parameter '{name}' is onvolledig ({error})."
            ) from None
        parameters[name] = tuple(sorted(values, key=lambda v: v.vanaf))
    return parameters


def parameter(name: str, on: date) -> int:
    """The value of parameter `name` that is in force on `on`."""
    values = _parameters().get(name)
    if not values:
        raise LimitsConfigError(f"{_path()}: parameter '{name}' ontbreekt.")
    in_force = [v for v in values if v.vanaf <= on]
    if not in_force:
        raise LimitsConfigError(f"{_path()}: '{name}' heeft geen waarde op {on.isoformat()}.")
    return in_force[-1].waarde


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def werken_met_behoud_max_months(geboortedatum: date, startdatum: date) -> int:
    jongere = age_on(geboortedatum, startdatum) < parameter("jongere_onder_leeftijd", startdatum)
    name = "werken_met_behoud_max_maanden_jongere" if jongere else "werken_met_behoud_max_maanden"
    return parameter(name, startdatum)


def werken_met_behoud_uiterste_einddatum(geboortedatum: date, startdatum: date) -> date:
    """The first day on which werken met behoud van uitkering may no longer run."""
    return add_months(startdatum, werken_met_behoud_max_months(geboortedatum, startdatum))


def loonwaarde_herbeoordeling_op(vastgesteld_op: date) -> date:
    return add_months(
        vastgesteld_op, parameter("loonwaarde_herbeoordeling_maanden", vastgesteld_op)
    )


def signal_window(day: date) -> timedelta:
    return timedelta(days=parameter("signaal_voor_maximum_dagen", day))
