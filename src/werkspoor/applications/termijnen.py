# SPDX-License-Identifier: EUPL-1.2
"""Beslistermijnen as dated configuration: `definitions/gemeenten/<gemeente>/beslistermijnen.yaml`.

One function answers "which term applies to an application for this regeling received on
this day" for the werkvoorraad; the same values go to the indicator engine as a table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import yaml
from django.conf import settings

from werkspoor.core.gemeente import gemeente_dir

from .choices import AanvraagRegeling

FILE_NAME = "beslistermijnen.yaml"


class TermijnConfigError(ValueError):
    """The configuration file cannot be used; the message names file and field."""


@dataclass(frozen=True)
class Termijn:
    vanaf: date
    dagen: int
    bron: str
    aanname: bool = False
    toelichting: str = ""

    def uiterste_datum(self, aanvraagdatum: date, opschorting_dagen: int = 0) -> date:
        """The last day on which a decision is in time."""
        return aanvraagdatum + timedelta(days=self.dagen + opschorting_dagen)


def _path(key: str) -> Path:
    return gemeente_dir(key) / FILE_NAME


def _values(path: Path, name: str, entries) -> tuple[Termijn, ...]:
    if not isinstance(entries, list) or not entries:
        raise TermijnConfigError(f"{path.name}, '{name}': verwacht een lijst van waarden.")
    values = []
    for n, entry in enumerate(entries, start=1):
        try:
            dagen = int(entry["dagen"])
            vanaf = entry["vanaf"]
            bron = str(entry["bron"]).strip()
        except (KeyError, TypeError, ValueError):
            raise TermijnConfigError(
                f"{path.name}, '{name}' waarde {n}: vanaf, dagen en bron zijn verplicht."
            ) from None
        if not isinstance(vanaf, date) or dagen <= 0 or not bron:
            raise TermijnConfigError(
                f"{path.name}, '{name}' waarde {n}: vanaf is een datum (JJJJ-MM-DD), dagen "
                "een positief geheel getal en bron is ingevuld."
            )
        values.append(
            Termijn(
                vanaf,
                dagen,
                bron,
                bool(entry.get("aanname", False)),
                " ".join(str(entry.get("toelichting", "")).split()),
            )
        )
    return tuple(sorted(values, key=lambda t: t.vanaf))


@cache
def load_termijnen(key: str) -> dict[str, tuple[Termijn, ...]]:
    """Per regeling its dated terms; every regeling gets the standard where it has none."""
    path = _path(key)
    if not path.exists():
        raise TermijnConfigError(f"{path}: de beslistermijnen ontbreken voor deze gemeente.")
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    standaard = _values(path, "standaard", data.get("standaard"))
    per_regeling = data.get("regelingen") or {}
    unknown = sorted(set(per_regeling) - set(AanvraagRegeling.values))
    if unknown:
        raise TermijnConfigError(
            f"{path.name}, 'regelingen': onbekende regeling {', '.join(unknown)}; "
            f"kies uit {', '.join(AanvraagRegeling.values)}."
        )
    return {
        regeling: _values(path, regeling, per_regeling[regeling])
        if regeling in per_regeling
        else standaard
        for regeling in AanvraagRegeling.values
    }


def termijnen() -> dict[str, tuple[Termijn, ...]]:
    return load_termijnen(settings.WERKSPOOR_GEMEENTE.lower())


def termijn(regeling: str, aanvraagdatum: date) -> Termijn:
    """The term for an application for `regeling` received on `aanvraagdatum`."""
    in_force = [t for t in termijnen()[regeling] if t.vanaf <= aanvraagdatum]
    if not in_force:
        raise TermijnConfigError(
            f"{FILE_NAME}: voor {regeling} is geen beslistermijn bekend op "
            f"{aanvraagdatum.isoformat()}."
        )
    return in_force[-1]


def beslistermijn_table():
    """The terms as rows (regeling, vanaf, tot, dagen) with `tot` the next value's start
    (NULL for the last): the table `beslistermijn` that indicator definitions join."""
    import pyarrow as pa

    rows = []
    for regeling, values in termijnen().items():
        for value, following in zip(values, [*values[1:], None], strict=True):
            rows.append(
                (regeling, value.vanaf, following.vanaf if following else None, value.dagen)
            )
    return pa.table(
        {
            "regeling": pa.array([r[0] for r in rows], pa.string()),
            "vanaf": pa.array([r[1] for r in rows], pa.date32()),
            "tot": pa.array([r[2] for r in rows], pa.date32()),
            "dagen": pa.array([r[3] for r in rows], pa.int64()),
        }
    )
