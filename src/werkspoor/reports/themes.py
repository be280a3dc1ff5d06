# SPDX-License-Identifier: EUPL-1.2
"""The Dashboard's and the Monitor's section per theme (Armoede, Schuldhulpverlening,
Inburgering): the effect indicator first, then its three prestatie-indicatoren; the Monitor
adds the theme's other indicators with their own breakdowns and the effect's course."""

from __future__ import annotations

from dataclasses import dataclass

from werkspoor.indicators.catalogue import Indicator, catalogue

from . import charts, formatting
from .figures import FLOW_QUARTERS, SPARKLINE_QUARTERS, Figures, _change

THEMAS = ("Armoede", "Schuldhulpverlening", "Inburgering")


@dataclass(frozen=True)
class ThemaCijfer:
    indicator: Indicator
    rol: str  # "effect", "prestatie" (linked to the effect) or "monitor" (the other ones)
    tekst: str
    vs_previous: str
    vs_year: str
    uitsplitsing: list[tuple[str, list[tuple[str, str]]]]  # dimension -> [(value, text)]
    series: list[tuple[str, float | None]]


@dataclass(frozen=True)
class ThemaSectie:
    thema: str
    cijfers: list[ThemaCijfer]

    @property
    def anker(self) -> str:
        return f"thema-{self.thema.lower()}"

    @property
    def dashboard(self) -> list[ThemaCijfer]:
        """The effect and its prestatie-indicatoren; a theme without an effect indicator
        (yet) shows its first four figures."""
        linked = [c for c in self.cijfers if c.rol in ("effect", "prestatie")]
        return linked or self.cijfers[:4]

    @property
    def effect(self) -> ThemaCijfer | None:
        return next((c for c in self.cijfers if c.rol == "effect"), None)


def change_kind(indicator: Indicator) -> str:
    """procent for counts, punt (percentage points) for fractions, verschil otherwise."""
    if indicator.eenheid == "fractie":
        return "punt"
    if indicator.berekening in ("aantal",) or indicator.eenheid in ("inwoners",):
        return "procent"
    return "verschil"


def _breakdowns(figures: Figures, indicator: Indicator) -> list:
    if len(indicator.dimensies) > 1 and not indicator.losse_dimensies:
        return []  # crossed dimensions do not fit one line
    return [
        (
            name,
            [
                (value, formatting.value_for(indicator.eenheid, figures.value(
                    indicator.id, figures.kwartaal, **{name: value}
                )))
                for value in values
            ],
        )
        for name, values in indicator.dimensies.items()
    ]  # fmt: skip


def _cijfer(figures: Figures, indicator: Indicator, rol: str) -> ThemaCijfer:
    now = figures.value(indicator.id, figures.kwartaal)
    kind = change_kind(indicator)
    return ThemaCijfer(
        indicator=indicator,
        rol=rol,
        tekst=formatting.value_for(indicator.eenheid, now),
        vs_previous=_change(kind, now, figures.value(indicator.id, figures.kwartaal.previous())),
        vs_year=_change(kind, now, figures.value(indicator.id, figures.kwartaal.shift(-4))),
        uitsplitsing=_breakdowns(figures, indicator),
        series=figures.series(indicator.id, figures.last_quarters(SPARKLINE_QUARTERS)),
    )


def theme_sections(figures: Figures) -> list[ThemaSectie]:
    cat = catalogue()
    sections = []
    for thema in THEMAS:
        members = [i for i in cat if i.thema == thema]
        effect = next((i for i in members if i.soort == "effect"), None)
        linked = [cat.get(p) for p in effect.prestatie_indicatoren] if effect else []
        ordered = [(effect, "effect")] if effect else []
        ordered += [(i, "prestatie") for i in linked]
        ordered += [(i, "monitor") for i in members if i is not effect and i not in linked]
        if ordered:
            cijfers = [_cijfer(figures, indicator, rol) for indicator, rol in ordered]
            sections.append(ThemaSectie(thema, cijfers))
    return sections


def effect_chart(figures: Figures, section: ThemaSectie) -> dict | None:
    """The course of the theme's effect indicator (or its first figure) over twelve quarters."""
    head = section.effect or section.cijfers[0]
    indicator = head.indicator
    rows = [
        {"kwartaal": q, "aantal": v}
        for q, v in figures.series(indicator.id, figures.last_quarters(FLOW_QUARTERS))
    ]
    fraction = indicator.eenheid == "fractie"
    chart = charts.line(
        f"{section.thema}: {indicator.naam}", rows, "kwartaal", indicator.eenheid, zero=fraction
    )
    value_format = ".0%" if fraction else ",d"
    chart["encoding"]["y"]["axis"] = {"format": value_format}
    chart["encoding"]["tooltip"][-1]["format"] = ".1%" if fraction else ",.1f"
    chart["height"] = 180
    return chart


def theme_specs(figures: Figures, sections: list[ThemaSectie]) -> dict[str, dict]:
    return {section.anker: effect_chart(figures, section) for section in sections}
