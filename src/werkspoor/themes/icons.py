# SPDX-License-Identifier: EUPL-1.2
"""Werkspoor's icon (a white W on the theme's colour), as SVG and as PNG/ICO for browsers
that do not take SVG icons. One drawing, in a 32-unit square, for both."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

SIZE = 32
CORNER = 6
W_POINTS = ((7, 9), (11.5, 23), (16, 13), (20.5, 23), (25, 9))
STROKE = 3.4


def icon_svg(fill: str, ink: str) -> str:
    points = " ".join(f"{x},{y}" for x, y in W_POINTS)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}">'
        f'<rect width="{SIZE}" height="{SIZE}" rx="{CORNER}" fill="{fill}"/>'
        f'<polyline points="{points}" fill="none" stroke="{ink}" stroke-width="{STROKE}" '
        'stroke-linecap="round" stroke-linejoin="round"/></svg>'
    )


def _draw(fill: str, ink: str, size: int) -> Image.Image:
    scale = 4 * size / SIZE  # draw large, then shrink: smooth edges without a rasteriser
    big = Image.new("RGBA", (4 * size, 4 * size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(big)
    pen.rounded_rectangle((0, 0, 4 * size - 1, 4 * size - 1), radius=CORNER * scale, fill=fill)
    points = [(x * scale, y * scale) for x, y in W_POINTS]
    width = round(STROKE * scale)
    pen.line(points, fill=ink, width=width, joint="curve")
    for x, y in (points[0], points[-1]):
        pen.ellipse((x - width / 2, y - width / 2, x + width / 2, y + width / 2), fill=ink)
    return big.resize((size, size), Image.LANCZOS)


def icon_png(fill: str, ink: str, size: int) -> bytes:
    out = io.BytesIO()
    _draw(fill, ink, size).save(out, format="PNG")
    return out.getvalue()


def icon_ico(fill: str, ink: str) -> bytes:
    out = io.BytesIO()
    _draw(fill, ink, 48).save(out, format="ICO", sizes=[(16, 16), (32, 32), (48, 48)])
    return out.getvalue()
