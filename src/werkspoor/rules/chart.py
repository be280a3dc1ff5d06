# SPDX-License-Identifier: EUPL-1.2
"""A small server-side bar chart (SVG geometry) of income per month: no JavaScript needed.

Coordinates are returned as strings with a decimal point, because the Dutch locale would
render floats with a comma in the template and break the SVG.
"""

from __future__ import annotations

BAR_WIDTH, GAP, HEIGHT, LEFT, TOP = 34, 10, 200, 64, 10


def inkomen_grafiek(maanden: list[dict], zonder_werk: float) -> dict:
    """Stacked bars (loon, uitkering incl. toeslag) and a line for 'without work'."""
    hoogste = max([m["totaal"] for m in maanden] + [zonder_werk, 1])

    def y(amount: float) -> float:
        return TOP + HEIGHT - HEIGHT * amount / hoogste

    def svg(number: float) -> str:
        return f"{number:.1f}"

    bars = []
    for index, m in enumerate(maanden):
        x = LEFT + index * (BAR_WIDTH + GAP)
        uitkering = m["uitkering"] + m["jongerentoeslag"]
        bars.append(
            {
                "x": svg(x),
                "label_x": svg(x + BAR_WIDTH / 2),
                "loon_y": svg(y(m["loon"])),
                "loon_h": svg(TOP + HEIGHT - y(m["loon"])),
                "uitkering_y": svg(y(m["loon"] + uitkering)),
                "uitkering_h": svg(y(m["loon"]) - y(m["loon"] + uitkering)),
                "label": m["maand_tekst"][:3],
            }
        )
    ticks = [{"y": svg(y(hoogste * f) + 4), "bedrag": round(hoogste * f)} for f in (0, 0.5, 1)]
    return {
        "bars": bars,
        "width": LEFT + len(maanden) * (BAR_WIDTH + GAP),
        "height": TOP + HEIGHT + 30,
        "label_y": TOP + HEIGHT + 18,
        "zonder_werk_y": svg(y(zonder_werk)),
        "bar_width": BAR_WIDTH,
        "ticks": ticks,
        "left": LEFT,
        "tick_x": LEFT - 6,
    }
