# SPDX-License-Identifier: EUPL-1.2
"""The Monitor's charts as Vega-Lite specs (plain data, no charting library to import). The
web app draws them with vega-embed and the PDF gets them as SVG from vl-convert: one spec,
two places. Every chart comes with its accessible alternative: a data table and a text
description in Dutch (`Chart`). Dutch number formats come from the locale in every spec."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import formatting

DUTCH_NUMBERS = {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["€ ", ""]}
ACCENT, MUTED, LIGHT, DARK = "#c8102e", "#1f4e79", "#9db7d5", "#555555"
WIDTH = 480
SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
# Only every first quarter gets a label: "2019" instead of 2019Q1..2019Q4.
YEAR_LABELS = "indexof(datum.label, 'Q1') > 0 ? substring(datum.label, 0, 4) : ''"
FONT = "DejaVu Sans"
CONFIG = {
    "view": {"stroke": None},
    "axis": {"labelFont": FONT, "titleFont": FONT, "labelFontSize": 11, "titleFontSize": 11},
    "legend": {"labelFont": FONT, "titleFont": FONT, "orient": "bottom"},
    "title": {"font": FONT, "fontSize": 13, "anchor": "start"},
    "locale": {"number": DUTCH_NUMBERS},
}


@dataclass(frozen=True)
class Chart:
    """A chart with what a screen reader or a printed page gets instead of the picture."""

    id: str
    title: str
    spec: dict
    columns: list[str]
    rows: list[list[str]]
    description: str
    notes: list[str] = field(default_factory=list)


def spec(title: str, layers_or_mark: dict, width=WIDTH, height=200, data=None) -> dict:
    """A chart spec; the title is the page's (a heading above the chart), the `description`
    is Vega's accessible name for the drawing."""
    body = {"$schema": SCHEMA, "description": title, "width": width, "height": height}
    if data is not None:
        body["data"] = {"values": data}
    return body | layers_or_mark | {"config": CONFIG}


def _count_axis(title: str) -> dict:
    return {"field": "aantal", "type": "quantitative", "title": title, "axis": {"format": ",d"}}


def _tooltip(*fields: str) -> list[dict]:
    return [
        {"field": f, "type": "quantitative", "format": ",d"}
        if f == "aantal"
        else {"field": f, "type": "nominal"}
        for f in fields
    ]


def line(title, rows, x, y_title, color=None, colors=None, every_year=False, zero=True) -> dict:
    axis = {"labelExpr": YEAR_LABELS, "labelAngle": 0} if every_year else {"labelAngle": -45}
    encoding = {
        "x": {"field": x, "type": "ordinal", "title": None, "axis": axis},
        "y": _count_axis(y_title) | {"scale": {"zero": zero}},
        "tooltip": _tooltip(x, *([color] if color else []), "aantal"),
    }
    mark = {"type": "line", "point": True}
    if color:
        encoding["color"] = {"field": color, "type": "nominal", "title": None}
        if colors:
            encoding["color"]["scale"] = {"domain": colors[0], "range": colors[1]}
    else:
        mark["color"] = MUTED
    return spec(title, {"mark": mark, "encoding": encoding}, data=rows)


def grouped_bars(title, rows, x, group, domain, palette) -> dict:
    encoding = {
        "x": {"field": x, "type": "ordinal", "title": None, "axis": {"labelAngle": -45}},
        "xOffset": {"field": group, "type": "nominal", "sort": domain},
        "y": _count_axis("aantal"),
        "color": {
            "field": group,
            "type": "nominal",
            "title": None,
            "scale": {"domain": domain, "range": palette},
        },
        "tooltip": _tooltip(x, group, "aantal"),
    }
    return spec(title, {"mark": "bar", "encoding": encoding}, data=rows)


def stacked_bars(title, rows, x, stack, domain, palette, y_title="aantal") -> dict:
    encoding = {
        "x": {"field": x, "type": "ordinal", "title": None, "axis": {"labelAngle": -45}},
        "y": _count_axis(y_title) | {"stack": "zero"},
        "color": {
            "field": stack,
            "type": "nominal",
            "title": None,
            "sort": domain,
            "scale": {"domain": domain, "range": palette},
        },
        "order": {"field": "volgorde", "type": "quantitative"},
        "tooltip": _tooltip(x, stack, "aantal"),
    }
    order = {v: n for n, v in enumerate(domain)}
    data = [r | {"volgorde": order.get(r[stack], 99)} for r in rows]
    return spec(title, {"mark": "bar", "encoding": encoding}, data=data)


def horizontal_bars(title, rows, category, height=230) -> dict:
    encoding = {
        "y": {"field": category, "type": "nominal", "title": None, "sort": "-x"},
        "x": _count_axis("aantal"),
    }
    label = {
        "mark": {"type": "text", "align": "left", "dx": 3, "fontSize": 10},
        "encoding": encoding
        | {"text": {"field": "aantal", "type": "quantitative", "format": ",d"}},
    }
    bars = {"mark": {"type": "bar", "color": MUTED}, "encoding": encoding}
    return spec(title, {"layer": [bars, label]}, width=WIDTH - 120, height=height, data=rows)


def heatmap(title, rows) -> dict:
    position = {
        "x": {
            "field": "naar",
            "type": "nominal",
            "title": None,
            "axis": {"orient": "top", "labelAngle": 0},
        },
        "y": {"field": "van", "type": "nominal", "title": None},
    }
    cells = {
        "mark": "rect",
        "encoding": position
        | {
            "color": {
                "field": "aantal",
                "type": "quantitative",
                "title": "inwoners",
                "scale": {"scheme": "blues"},
            }
        },
    }
    labels = {
        "mark": {"type": "text", "fontSize": 11},
        "transform": [
            {"calculate": "datum.aantal == null ? '–' : format(datum.aantal, ',d')", "as": "label"}
        ],
        "encoding": position | {"text": {"field": "label", "type": "nominal"}},
    }
    return spec(title, {"layer": [cells, labels]}, width=260, height=160, data=rows)


def progress(title, rows, y_title, goal: float | None, goal_label: str) -> dict:
    """A cumulative line from the programme's start with its target as a dashed rule."""
    values = [r["aantal"] or 0 for r in rows]
    top = max([goal or 0, *values]) * 1.05 or 1
    line_layer = {
        "mark": {"type": "line", "color": ACCENT, "point": {"color": ACCENT}},
        "encoding": {
            "x": {
                "field": "periode",
                "type": "ordinal",
                "title": None,
                "axis": {"labelAngle": -45},
            },
            "y": _count_axis(y_title) | {"scale": {"domain": [min([0, *values]), top]}},
            "tooltip": _tooltip("periode", "aantal"),
        },
    }
    layers = [line_layer]
    if goal:
        target = {"data": {"values": [{"doel": goal, "label": goal_label}]}}
        layers.append(
            target
            | {
                "mark": {"type": "rule", "strokeDash": [4, 4], "color": MUTED},
                "encoding": {"y": {"field": "doel", "type": "quantitative"}},
            }
        )
        layers.append(
            target
            | {
                "mark": {"type": "text", "align": "left", "dy": -6, "color": MUTED},
                "encoding": {
                    "y": {"field": "doel", "type": "quantitative"},
                    "text": {"field": "label", "type": "nominal"},
                    "x": {"value": 4},
                },
            }
        )
    return spec(title, {"layer": layers}, data=rows)


def sparkline(series: list[tuple[str, float | None]]) -> dict:
    rows = [{"periode": q, "waarde": v} for q, v in series]
    encoding = {
        "x": {"field": "periode", "type": "ordinal", "axis": None},
        "y": {"field": "waarde", "type": "quantitative", "axis": None, "scale": {"zero": False}},
        "tooltip": [
            {"field": "periode", "type": "ordinal"},
            {"field": "waarde", "type": "quantitative", "format": ",.4~f"},
        ],
    }
    # Decorative: the tile's container is one labelled image (role="img", aria-label).
    mark = {"type": "line", "color": MUTED, "aria": False, "point": {"size": 12, "aria": False}}
    return {"$schema": SCHEMA, "width": 150, "height": 34, "data": {"values": rows}} | {
        "mark": mark,
        "encoding": encoding,
        "config": CONFIG,
    }


# --- accessible alternatives ---------------------------------------------------------------


def table_of(rows: list[dict], row_key: str, column_key: str | None, unit: str = "") -> tuple:
    """(columns, rows) of a table: one row per `row_key` value, one column per
    `column_key` value (or one column 'aantal'), Dutch formatted."""
    if column_key is None:
        return [row_key, "aantal"], [
            [str(r[row_key]), formatting.value_for(unit, r["aantal"])] for r in rows
        ]
    columns = list(dict.fromkeys(str(r[column_key]) for r in rows))
    by_row: dict[str, dict[str, str]] = {}
    for r in rows:
        by_row.setdefault(str(r[row_key]), {})[str(r[column_key])] = formatting.value_for(
            unit, r["aantal"]
        )
    return [row_key, *columns], [
        [key, *(values.get(c, formatting.ONDERDRUKT) for c in columns)]
        for key, values in by_row.items()
    ]


def describe_series(what: str, series: list[tuple[str, float | None]], unit: str = "") -> str:
    """First and last known value, the highest and the lowest, in one or two sentences."""
    known = [(p, v) for p, v in series if v is not None]
    if not known:
        return f"{what}: geen gepubliceerde cijfers in deze periode."
    first, last = known[0], known[-1]
    high = max(known, key=lambda item: item[1])
    low = min(known, key=lambda item: item[1])
    fmt = lambda v: formatting.value_for(unit, v)  # noqa: E731
    text = f"{what}: van {fmt(first[1])} in {first[0]} naar {fmt(last[1])} in {last[0]}"
    if len(known) > 2:
        text += f"; hoogste {fmt(high[1])} ({high[0]}), laagste {fmt(low[1])} ({low[0]})"
    return text + "."


def describe_parts(what: str, rows: list[dict], key: str, unit: str = "") -> str:
    """The largest and the smallest part of a breakdown, and how many are not published."""
    known = [r for r in rows if r["aantal"] is not None]
    hidden = len(rows) - len(known)
    if not known:
        return f"{what}: geen gepubliceerde cijfers."
    ordered = sorted(known, key=lambda r: r["aantal"], reverse=True)
    fmt = lambda v: formatting.value_for(unit, v)  # noqa: E731
    text = f"{what}: het grootst is {ordered[0][key]} ({fmt(ordered[0]['aantal'])})"
    if len(ordered) > 1:
        text += f", het kleinst {ordered[-1][key]} ({fmt(ordered[-1]['aantal'])})"
    if hidden:
        text += f"; {hidden} niet gepubliceerd (te kleine groep)"
    return text + "."
