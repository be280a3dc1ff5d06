# SPDX-License-Identifier: EUPL-1.2
"""Dutch number formats for every published figure: 1.038 · 4,7% · 0,9 %-punt · 6,5.
The charts get the same through the Vega-Lite locale in charts.py."""

from __future__ import annotations

ONDERDRUKT = "–"  # en dash: a suppressed cell (fewer persons than the threshold)


def _dutch(text: str) -> str:
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def number(value, decimals: int = 0) -> str:
    if value is None:
        return ONDERDRUKT
    return _dutch(f"{value:,.{decimals}f}").replace("-", "−")


def percent(fraction_or_percent, decimals: int = 1, is_fraction: bool = False) -> str:
    if fraction_or_percent is None:
        return ONDERDRUKT
    value = fraction_or_percent * 100 if is_fraction else fraction_or_percent
    return f"{number(value, decimals)}%"


def signed(value, decimals: int = 0, suffix: str = "") -> str:
    """A change with its sign: +0,9% · −1,1% · ±0,0 (also for what rounds to zero)."""
    if value is None:
        return ONDERDRUKT
    shown = round(value, decimals)
    sign = "+" if shown > 0 else ("−" if shown < 0 else "±")
    return f"{sign}{number(abs(shown), decimals)}{suffix}"


def value_for(unit: str, value) -> str:
    """Format an indicator value by its unit (fractie, procent, or a count or mean)."""
    if unit == "fractie":
        return percent(value, 1, is_fraction=True)
    if unit == "procent":
        return percent(value, 1)
    if isinstance(value, float) and not value.is_integer():
        return number(value, 1)
    return number(value)
