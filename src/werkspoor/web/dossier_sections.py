# SPDX-License-Identifier: EUPL-1.2
"""Sections that other apps add to the resident file (agenda, werkwensen, voordrachten, ...).

An app calls `register_dossier_section(...)` in its ready(); the dossier renders each
section's template with the context its `load` returns, in `order`. A section whose `load`
returns None is left out (no empty headings).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DossierContext:
    inwoner: object
    day: date
    user: object
    mag_schrijven: bool


@dataclass(frozen=True)
class DossierSection:
    key: str
    template: str
    load: Callable[[DossierContext], dict | None]
    order: int = 100


@dataclass(frozen=True)
class RenderedSection:
    key: str
    template: str
    context: dict


DOSSIER_SECTIONS: dict[str, DossierSection] = {}


def register_dossier_section(section: DossierSection) -> DossierSection:
    DOSSIER_SECTIONS[section.key] = section
    return section


def load_sections(context: DossierContext) -> list[RenderedSection]:
    rendered = []
    for section in sorted(DOSSIER_SECTIONS.values(), key=lambda s: (s.order, s.key)):
        data = section.load(context)
        if data is not None:
            rendered.append(RenderedSection(section.key, section.template, data))
    return rendered


# The benefit table leaves a column for the amount per benefit. The payments app fills it
# by registering a function: (list of Uitkering, day) -> {uitkering pk: text}. Without
# one, the column is not shown.
BenefitAmounts = Callable[[list, date], dict[int, str]]
BENEFIT_AMOUNT_PROVIDERS: list[BenefitAmounts] = []


def register_benefit_amounts(provider: BenefitAmounts) -> BenefitAmounts:
    if provider not in BENEFIT_AMOUNT_PROVIDERS:
        BENEFIT_AMOUNT_PROVIDERS.append(provider)
    return provider


def benefit_amounts(uitkeringen: list, day: date) -> dict[int, str] | None:
    """Amount texts per benefit, or None when no app provides them."""
    if not BENEFIT_AMOUNT_PROVIDERS:
        return None
    amounts: dict[int, str] = {}
    for provider in BENEFIT_AMOUNT_PROVIDERS:
        amounts.update(provider(uitkeringen, day))
    return amounts
