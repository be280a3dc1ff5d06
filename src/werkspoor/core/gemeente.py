# SPDX-License-Identifier: EUPL-1.2
"""The municipality as configuration: name, wijken and thresholds, read from definitions/."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

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


def gemeente_dir(key: str | None = None) -> Path:
    """The folder with a municipality's configuration files (`definitions/gemeenten/<key>/`):
    `gemeente.yaml` (name, wijken, thresholds) and one file per further subject."""
    return settings.DEFINITIONS_DIR / "gemeenten" / (key or settings.WERKSPOOR_GEMEENTE).lower()


@cache
def load_gemeente(key: str) -> Gemeente:
    path = gemeente_dir(key) / "gemeente.yaml"
    if not path.exists():
        known = sorted(p.parent.name for p in path.parent.parent.glob("*/gemeente.yaml"))
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
