# SPDX-License-Identifier: EUPL-1.2
"""The Monitor's charts as Vega-Lite specs (built with Altair). The web app embeds these
specs with vega-embed and the PDF gets them as SVG from vl-convert: one spec, two places.
Dutch number formats come from the locale in every spec's config."""

from __future__ import annotations

import altair as alt

from .figures import Figures

DUTCH_NUMBERS = {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["€ ", ""]}
ACCENT, MUTED, LIGHT = "#c8102e", "#1f4e79", "#9db7d5"
WIDTH = 560
# Only every first quarter gets a label: "2019" instead of 2019Q1..2019Q4.
YEAR_LABELS = "indexof(datum.label, 'Q1') > 0 ? substring(datum.label, 0, 4) : ''"


def _finish(chart: alt.TopLevelMixin) -> dict:
    spec = (
        chart.configure_view(stroke=None)
        .configure_axis(
            labelFont="DejaVu Sans", titleFont="DejaVu Sans", labelFontSize=11, titleFontSize=11
        )
        .configure_legend(labelFont="DejaVu Sans", titleFont="DejaVu Sans", orient="bottom")
        .configure_title(font="DejaVu Sans", fontSize=13, anchor="start")
        .to_dict()
    )
    spec["config"]["locale"] = {"number": DUTCH_NUMBERS}
    return spec


def _values(rows) -> alt.Data:
    return alt.Data(values=rows)


def _quarter_axis(title="kwartaal", every_year=True) -> alt.X:
    axis = alt.Axis(labelExpr=YEAR_LABELS, labelAngle=0) if every_year else alt.Axis(labelAngle=-45)
    return alt.X("kwartaal:O", title=title, axis=axis)


def bestand(figures: Figures) -> dict:
    rows = [{"kwartaal": q, "aantal": v} for q, v in figures.bestand_over_de_jaren()]
    chart = (
        alt.Chart(
            _values(rows), title="Lopende bijstandsuitkeringen (laatste dag van het kwartaal)"
        )
        .mark_line(point=True, color=MUTED)
        .encode(
            x=_quarter_axis("jaar"),
            y=alt.Y(
                "aantal:Q",
                title="uitkeringen",
                axis=alt.Axis(format=",d"),
                scale=alt.Scale(zero=False),
            ),
            tooltip=[alt.Tooltip("kwartaal:O"), alt.Tooltip("aantal:Q", format=",d")],
        )
        .properties(width=WIDTH, height=200)
    )
    return _finish(chart)


def stromen(figures: Figures) -> dict:
    chart = (
        alt.Chart(_values(figures.stromen()), title="Instroom en uitstroom per kwartaal")
        .mark_bar()
        .encode(
            x=alt.X("kwartaal:O", title=None, axis=alt.Axis(labelAngle=-45)),
            xOffset=alt.XOffset("stroom:N", sort=["instroom", "uitstroom", "uitstroom naar werk"]),
            y=alt.Y("aantal:Q", title="uitkeringen", axis=alt.Axis(format=",d")),
            color=alt.Color(
                "stroom:N",
                title=None,
                scale=alt.Scale(
                    domain=["instroom", "uitstroom", "uitstroom naar werk"],
                    range=[LIGHT, MUTED, ACCENT],
                ),
            ),
            tooltip=["kwartaal:O", "stroom:N", alt.Tooltip("aantal:Q", format=",d")],
        )
        .properties(width=WIDTH, height=200)
    )
    return _finish(chart)


def per_wijk(figures: Figures) -> dict:
    base = alt.Chart(
        _values(figures.per_wijk()), title=f"Lopende uitkeringen per wijk, {figures.kwartaal}"
    ).encode(
        y=alt.Y("wijk:N", title=None, sort="-x"),
        x=alt.X("aantal:Q", title="uitkeringen", axis=alt.Axis(format=",d")),
    )
    bars = base.mark_bar(color=MUTED)
    labels = base.mark_text(align="left", dx=3, fontSize=10).encode(
        text=alt.Text("aantal:Q", format=",d")
    )
    return _finish((bars + labels).properties(width=WIDTH - 120, height=230))


def arrangementen(figures: Figures) -> dict:
    chart = (
        alt.Chart(
            _values(figures.arrangementen()),
            title="Inwoners per arrangement (eerste dag van het kwartaal)",
        )
        .mark_line(point=True)
        .encode(
            x=alt.X("kwartaal:O", title=None, axis=alt.Axis(labelAngle=-45)),
            y=alt.Y("aantal:Q", title="inwoners", axis=alt.Axis(format=",d")),
            color=alt.Color(
                "arrangement:N",
                title="arrangement",
                scale=alt.Scale(
                    domain=["1", "2", "3", "4"], range=[LIGHT, "#5b8cc2", ACCENT, "#555555"]
                ),
            ),
            tooltip=["kwartaal:O", "arrangement:N", alt.Tooltip("aantal:Q", format=",d")],
        )
        .properties(width=WIDTH, height=180)
    )
    return _finish(chart)


def doorstroom(figures: Figures) -> dict:
    base = alt.Chart(
        _values(figures.doorstroom()), title=f"Doorstroom tussen arrangementen, {figures.kwartaal}"
    ).encode(
        x=alt.X("naar:N", title=None, axis=alt.Axis(orient="top", labelAngle=0)),
        y=alt.Y("van:N", title=None),
    )
    cells = base.mark_rect().encode(
        color=alt.Color("aantal:Q", title="inwoners", scale=alt.Scale(scheme="blues"))
    )
    labels = (
        base.mark_text(fontSize=11)
        .transform_calculate(label="datum.aantal == null ? '–' : format(datum.aantal, ',d')")
        .encode(text="label:N")
    )
    return _finish((cells + labels).properties(width=260, height=160))


def werkbeweging(figures: Figures) -> dict:
    rows = [{"kwartaal": q, "extra": v} for q, v in figures.werkbeweging()]
    doel = figures.werkbeweging_doel()
    line = (
        alt.Chart(_values(rows))
        .mark_line(point=alt.OverlayMarkDef(color=ACCENT), color=ACCENT)
        .encode(
            x=alt.X("kwartaal:O", title=None, axis=alt.Axis(labelAngle=-45)),
            y=alt.Y(
                "extra:Q",
                title="extra bewegingen (cumulatief)",
                axis=alt.Axis(format=",d"),
                scale=alt.Scale(domain=[min([0] + [r["extra"] or 0 for r in rows]), doel * 1.05]),
            ),
            tooltip=["kwartaal:O", alt.Tooltip("extra:Q", format=",.0f")],
        )
    )
    target = alt.Chart(_values([{"doel": doel, "label": f"doel {doel:,}".replace(",", ".")}]))
    rule = target.mark_rule(strokeDash=[4, 4], color=MUTED).encode(y="doel:Q")
    text = target.mark_text(align="left", dy=-6, color=MUTED).encode(
        y="doel:Q", text="label:N", x=alt.value(4)
    )
    chart = alt.layer(
        line, rule, text, title="Werkbeweging: extra bewegingen richting werk tegen het doel"
    )
    return _finish(chart.properties(width=WIDTH, height=200))


def sparkline(series: list[tuple[str, float | None]]) -> dict:
    rows = [{"kwartaal": q, "waarde": v} for q, v in series]
    chart = (
        alt.Chart(_values(rows))
        # Decorative: the tile's container is one labelled image (role="img", aria-label).
        .mark_line(color=MUTED, aria=False, point=alt.OverlayMarkDef(size=12, aria=False))
        .encode(
            x=alt.X("kwartaal:O", axis=None),
            y=alt.Y("waarde:Q", axis=None, scale=alt.Scale(zero=False)),
            tooltip=["kwartaal:O", alt.Tooltip("waarde:Q", format=",.4~f")],
        )
        .properties(width=150, height=34)
    )
    return _finish(chart)


MONITOR_CHARTS = {
    "bestand": bestand,
    "stromen": stromen,
    "per_wijk": per_wijk,
    "arrangementen": arrangementen,
    "doorstroom": doorstroom,
    "werkbeweging": werkbeweging,
}


def monitor_specs(figures: Figures) -> dict[str, dict]:
    return {name: build(figures) for name, build in MONITOR_CHARTS.items()}
