# SPDX-License-Identifier: EUPL-1.2
"""The Werkspoor tax-benefit system: national parameters, municipal parameters and formulas.

Loading OpenFisca parameters and formulas takes a noticeable moment, so each process builds
the system once (`tax_benefit_system()`) and keeps it; the web server never rebuilds it.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from openfisca_core.parameters import ParameterNode
from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from werkspoor.core.periods import Period

from .entities import entities

_REPO_DEFINITIONS = Path(__file__).resolve().parents[3] / "definitions"


def definitions_dir() -> Path:
    """The definitions/ folder: Django's setting when configured, else the repository's."""
    try:
        from django.conf import settings

        if settings.configured:
            return Path(settings.DEFINITIONS_DIR)
    except ImportError:  # the rules package also runs without Django (bench, notebooks)
        pass
    return Path(os.environ.get("WERKSPOOR_DEFINITIONS_DIR", _REPO_DEFINITIONS))


def gemeente_key() -> str:
    try:
        from django.conf import settings

        if settings.configured:
            return settings.WERKSPOOR_GEMEENTE.lower()
    except ImportError:
        pass
    return os.environ.get("WERKSPOOR_GEMEENTE", "utrecht").lower()


class WerkspoorSystem(TaxBenefitSystem):
    """Participatiewet rules with the municipality's own parameters under `gemeente`."""

    def __init__(self, regels_dir: Path, gemeente: str):
        super().__init__(entities)
        self.load_parameters(str(regels_dir / "parameters"))
        municipal = regels_dir / "gemeenten" / gemeente
        if not municipal.is_dir():
            known = sorted(p.name for p in (regels_dir / "gemeenten").iterdir() if p.is_dir())
            raise FileNotFoundError(
                f"Geen inkomensregels voor gemeente '{gemeente}' in {municipal}; "
                f"bekend: {', '.join(known)}."
            )
        self.parameters.add_child(
            "gemeente", ParameterNode("gemeente", directory_path=str(municipal))
        )
        self.add_variables_from_directory(str(Path(__file__).parent / "variables"))


@dataclass(frozen=True)
class LoadReport:
    seconds: float
    peak_bytes: int


_lock = threading.Lock()
_load_report: LoadReport | None = None


@cache
def _build(regels_dir: str, gemeente: str) -> WerkspoorSystem:
    global _load_report
    import tracemalloc

    tracing = tracemalloc.is_tracing()
    if not tracing:
        tracemalloc.start()
    started = time.perf_counter()
    system = WerkspoorSystem(Path(regels_dir), gemeente)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    if not tracing:
        tracemalloc.stop()
    _load_report = LoadReport(seconds, peak)
    return system


def tax_benefit_system() -> WerkspoorSystem:
    """The one system of this process (built on first use, thread-safe)."""
    with _lock:
        return _build(str(definitions_dir() / "regels"), gemeente_key())


def load_report() -> LoadReport | None:
    """How long building the system took and its peak memory (None until built)."""
    return _load_report


def parameter_range() -> Period:
    """The dates the national parameters cover: the first half-year through the last one."""
    norm = tax_benefit_system().parameters.participatiewet.bijstandsnorm.gehuwden
    instants = sorted(date.fromisoformat(str(v.instant_str)) for v in norm.values_list)
    last = instants[-1]
    six_months_later = date(last.year + (last.month + 5) // 12, (last.month + 5) % 12 + 1, 1)
    return Period(instants[0], six_months_later)
