# SPDX-License-Identifier: EUPL-1.2
"""The municipality as configuration: name, wijken and thresholds, read from definitions/."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import yaml
from django.conf import settings


class GemeenteConfigError(Exception):
    pass


@dataclass(frozen=True)
class Gemeente:
    naam: str
    code: str
    wijken: tuple[str, ...]
    caseload_min: int
    caseload_max: int
    contact_signaal_dagen: int
    onthulling_min_personen: int


@cache
def load_gemeente(key: str) -> Gemeente:
    path = settings.DEFINITIONS_DIR / "gemeenten" / f"{key.lower()}.yaml"
    if not path.exists():
        known = sorted(p.stem for p in path.parent.glob("*.yaml"))
        raise GemeenteConfigError(
            f"Geen configuratie voor gemeente '{key}' ({path}); bekend: {', '.join(known)}."
        )
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    thresholds = data["drempels"]
    return Gemeente(
        naam=data["naam"],
        code=str(data["code"]),
        wijken=tuple(data["wijken"]),
        caseload_min=thresholds["caseload_min"],
        caseload_max=thresholds["caseload_max"],
        contact_signaal_dagen=thresholds["contact_signaal_dagen"],
        onthulling_min_personen=thresholds["onthulling_min_personen"],
    )


def current_gemeente() -> Gemeente:
    return load_gemeente(settings.WERKSPOOR_GEMEENTE)
