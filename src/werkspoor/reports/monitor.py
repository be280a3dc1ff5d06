# SPDX-License-Identifier: EUPL-1.2
"""The Monitor Werk en Inkomen: its pages and their charts, each with a data table and a
text description, built from the published figures of a quarter (or of whole years)."""

from __future__ import annotations

from dataclasses import dataclass

from werkspoor.core.gemeente import current_gemeente
from werkspoor.indicators.catalogue import catalogue

from . import charts, formatting
from .charts import ACCENT, DARK, LIGHT, MUTED, Chart
from .figures import FLOWS, Figures, to_date_label

REDENEN = {
    "werk": "werk",
    "ander_inkomen": "ander inkomen",
    "verhuizing": "verhuizing",
    "opleiding": "opleiding",
    "detentie": "detentie",
    "overlijden": "overlijden",
    "overig": "overig",
}
DUURKLASSEN = {
    "<1": "korter dan 1 jaar",
    "1-2": "1 tot 2 jaar",
    "2-5": "2 tot 5 jaar",
    "5+": "5 jaar of langer",
}
DOELGROEPEN = {
    "jongere": "jongere (< 27)",
    "gezin_met_kinderen": "gezin met kinderen",
    "structurele_arbeidsbeperking": "structurele arbeidsbeperking",
    "inburgeraar_statushouder": "inburgeraar of statushouder",
    "geen": "geen doelgroep",
}
PLAATSINGSOORTEN = {
    "regulier": "regulier",
    "sroi": "SROI",
    "banenafspraak": "banenafspraak",
    "beschut": "beschut werk",
    "leerwerk": "leerwerkbaan",
    "overig": "overig",
}
PALETTE = [ACCENT, MUTED, LIGHT, "#5b8cc2", DARK, "#e07b39", "#9a9a9a"]


@dataclass(frozen=True)
class Page:
    slug: str
    title: str
    intro: str
    build: object


def _relabel(rows, key, labels):
    return [r | {key: labels.get(r[key], r[key])} for r in rows]


def _chart(cid, title, spec, rows, row_key, column_key, description, unit="") -> Chart:
    columns, table = charts.table_of(rows, row_key, column_key, unit)
    return Chart(cid, title, spec, columns, table, description)


def _bestand(f: Figures) -> Chart:
    series = f.series("bijstand.bestand", f.all_quarters())
    rows = [{"kwartaal": q, "aantal": v} for q, v in series]
    title = "Lopende bijstandsuitkeringen (laatste dag van het kwartaal)"
    spec = charts.line(title, rows, "kwartaal", "uitkeringen", every_year=True, zero=False)
    text = charts.describe_series("Het aantal lopende bijstandsuitkeringen", series)
    return _chart("bestand", title, spec, rows, "kwartaal", None, text)


def _stromen(f: Figures) -> Chart:
    rows = [r | {"kwartaal": r.pop("periode")} for r in f.stromen()]
    names = [name for name, _ in FLOWS]
    title = "Instroom en uitstroom per kwartaal"
    spec = charts.grouped_bars(title, rows, "kwartaal", "stroom", names, [LIGHT, MUTED, ACCENT])
    parts = [
        charts.describe_series(name.capitalize(), f.series(ind, f.last_quarters(12)))
        for name, ind in FLOWS
    ]
    return _chart("stromen", title, spec, rows, "kwartaal", "stroom", " ".join(parts))


def _per_wijk(f: Figures) -> Chart:
    rows = f.breakdown("bijstand.bestand", "wijk", current_gemeente().wijken)
    title = f"Lopende uitkeringen per wijk, {f.kwartaal}"
    spec = charts.horizontal_bars(title, rows, "wijk")
    text = charts.describe_parts(f"Per wijk op {f.kwartaal.last_day:%d-%m-%Y}", rows, "wijk")
    return _chart("per_wijk", title, spec, rows, "wijk", None, text)


def _arrangementen(f: Figures) -> Chart:
    rows = f.over_time("arrangement.bestand", "arrangement", "1234")
    rows = [r | {"kwartaal": r.pop("periode")} for r in rows]
    title = "Inwoners per arrangement (eerste dag van het kwartaal)"
    colors = (["1", "2", "3", "4"], [LIGHT, "#5b8cc2", ACCENT, DARK])
    spec = charts.line(title, rows, "kwartaal", "inwoners", color="arrangement", colors=colors)
    parts = [
        charts.describe_series(
            f"Arrangement {a}", f.series("arrangement.bestand", f.last_quarters(12), arrangement=a)
        )
        for a in "1234"
    ]
    return _chart("arrangementen", title, spec, rows, "kwartaal", "arrangement", " ".join(parts))


def _doorstroom(f: Figures) -> Chart:
    rows = f.doorstroom()
    title = f"Doorstroom tussen arrangementen, {f.kwartaal}"
    spec = charts.heatmap(title, rows)
    for_text = [r | {"stroom": f"{r['van']} {r['naar']}"} for r in rows]
    text = charts.describe_parts("Doorstroom tussen arrangementen", for_text, "stroom")
    return _chart("doorstroom", title, spec, rows, "van", "naar", text)


def _werkbeweging(f: Figures) -> Chart | None:
    series, target, ended = f.werkbeweging()
    if not series:
        return None
    rows = [{"kwartaal": q, "aantal": v} for q, v in series]
    goal = target.waarde if target else None
    label = f"doel {formatting.number(goal)}" if goal else ""
    title = (
        "Werkbeweging: eindresultaat, extra Utrechters met een stap richting werk"
        if ended
        else "Werkbeweging: extra Utrechters met een stap richting werk (cumulatief)"
    )
    spec = charts.progress(
        title, [r | {"periode": r["kwartaal"]} for r in rows], "inwoners", goal, label
    )
    last = next((v for _, v in reversed(series) if v is not None), None)
    text = (
        f"Extra inwoners met een stap richting werk ten opzichte van de basislijn, opgeteld "
        f"vanaf {series[0][0]}: {formatting.number(last)} tot en met {series[-1][0]}"
        + (f", tegen een doel van {formatting.number(goal)}" if goal else "")
        + (". Het programma is afgelopen; dit is het eindresultaat." if ended else ".")
    )
    return _chart("werkbeweging", title, spec, rows, "kwartaal", None, text)


def main_page(f: Figures) -> list[Chart]:
    built = [_bestand(f), _stromen(f), _per_wijk(f), _arrangementen(f), _doorstroom(f)]
    return built + [c for c in [_werkbeweging(f)] if c]


def _bars(cid, title, rows, key, width, described_as: str = "") -> Chart:
    """Horizontal bars of one period's parts, with their table and a description."""
    text = charts.describe_parts(described_as or title, rows, key)
    spec = charts.horizontal_bars(title, rows, key, width)
    return _chart(cid, title, spec, rows, key, None, text)


def _stacked_over_time(f, cid, title, indicator, name, labels, y_title, text_what) -> Chart:
    rows = _relabel(f.over_time(indicator, name, labels), name, labels)
    rows = [r | {"kwartaal": r.pop("periode")} for r in rows]
    domain = list(labels.values())
    spec = charts.stacked_bars(title, rows, "kwartaal", name, domain, PALETTE, y_title)
    now = _relabel(f.breakdown(indicator, name, labels), name, labels)
    text = charts.describe_parts(f"{text_what}, {f.kwartaal}", now, name)
    return _chart(cid, title, spec, rows, "kwartaal", name, text)


def uitstroom_page(f: Figures) -> list[Chart]:
    over_time = _stacked_over_time(
        f,
        "uitstroom_reden",
        "Uitstroom uit de bijstand per reden van beëindiging",
        "bijstand.uitstroom",
        "reden",
        REDENEN,
        "uitkeringen",
        "Uitstroom per reden",
    )
    to_date = f.kwartaal.year_to_date
    rows = _relabel(f.breakdown("bijstand.uitstroom", "reden", REDENEN, to_date), "reden", REDENEN)
    title = f"Uitstroom per reden, {to_date_label(f.kwartaal)}"
    return [over_time, _bars("uitstroom_jaar", title, rows, "reden", 200)]


def duur_page(f: Figures) -> list[Chart]:
    return [
        _stacked_over_time(
            f,
            "duur",
            "Lopende uitkeringen naar uitkeringsduur",
            "bijstand.duur",
            "duurklasse",
            DUURKLASSEN,
            "uitkeringen",
            "Uitkeringsduur",
        )
    ]


def doelgroepen_page(f: Figures) -> list[Chart]:
    rows = _relabel(
        f.breakdown("bijstand.bestand", "doelgroep", DOELGROEPEN), "doelgroep", DOELGROEPEN
    )
    title = (
        f"Lopende uitkeringen per doelgroep, {f.kwartaal} (iemand kan in meer doelgroepen vallen)"
    )
    described_as = f"Per doelgroep, {f.kwartaal}"
    groups = _bars("doelgroepen", title, rows, "doelgroep", 180, described_as)
    basis_plus = _stacked_over_time(
        f,
        "werkdienstverlening",
        "Werkdienstverlening Basis en Plus (lopende uitkeringen)",
        "bijstand.bestand",
        "werkdienstverlening",
        {"basis": "Basis", "plus": "Plus"},
        "uitkeringen",
        "Werkdienstverlening",
    )
    return [groups, basis_plus]


def leeftijd_page(f: Figures) -> list[Chart]:
    klassen = catalogue().uitsplitsingen["leeftijdsklasse"]["klassen"]
    labels = {k: f"{k} jaar" for k in klassen}
    return [
        _stacked_over_time(
            f,
            "leeftijd",
            "Lopende uitkeringen naar leeftijdsklasse",
            "bijstand.bestand",
            "leeftijdsklasse",
            labels,
            "uitkeringen",
            "Leeftijdsklasse",
        )
    ]


def plaatsingen_page(f: Figures) -> list[Chart]:
    soort = _stacked_over_time(
        f,
        "plaatsingen_soort",
        "Plaatsingen bij werkgevers per soort",
        "werkgevers.plaatsingen",
        "soort",
        PLAATSINGSOORTEN,
        "plaatsingen",
        "Plaatsingen per soort",
    )
    to_date = f.kwartaal.year_to_date
    sectors = f.values_of("werkgevers.plaatsingen", to_date, "sector")
    rows = f.breakdown("werkgevers.plaatsingen", "sector", sectors, to_date)
    title = f"Plaatsingen per sector van de werkgever, {to_date_label(f.kwartaal)}"
    return [soort, _bars("plaatsingen_sector", title, rows, "sector", 240)]


PAGES = (
    Page(
        "",
        "Bijstand",
        "De ontwikkeling van het aantal bijstandsuitkeringen (Participatiewet).",
        main_page,
    ),
    Page(
        "uitstroom",
        "Uitstroom naar reden",
        "Waarom uitkeringen eindigen: werk, ander inkomen, verhuizing en meer.",
        uitstroom_page,
    ),
    Page("duur", "Uitkeringsduur", "Hoe lang de lopende uitkeringen al lopen.", duur_page),
    Page(
        "doelgroepen",
        "Doelgroepen en Basis/Plus",
        "De doelgroepen van werkdienstverlening-Plus en de verdeling Basis/Plus.",
        doelgroepen_page,
    ),
    Page(
        "leeftijd",
        "Leeftijd",
        "De lopende uitkeringen naar leeftijdsklasse van de inwoner.",
        leeftijd_page,
    ),
    Page(
        "plaatsingen",
        "Plaatsingen",
        "Plaatsingen van werkzoekenden bij werkgevers, per soort en per sector.",
        plaatsingen_page,
    ),
)


def page(slug: str) -> Page | None:
    return next((p for p in PAGES if p.slug == slug), None)


# --- whole years --------------------------------------------------------------------------


def years_charts(f: Figures) -> list[Chart]:
    years = f.years()
    if not years:
        return []
    bestand = f.series("bijstand.bestand", years)
    rows = [{"jaar": y, "aantal": v} for y, v in bestand]
    title = "Lopende bijstandsuitkeringen op 31 december"
    first = charts.line(title, rows, "jaar", "uitkeringen", zero=False)
    growth = [(y, f.value("bijstand.groei_jaar", y)) for y in map(str, years)]
    text = (
        charts.describe_series("Het bestand op 31 december", bestand)
        + " Groei per jaar: "
        + ", ".join(f"{y} {formatting.signed(g, 1, '%')}" for y, g in growth if g is not None)
        + "."
    )
    flows = [r | {"jaar": r.pop("periode")} for r in f.stromen(years)]
    flow_title = "Instroom en uitstroom per jaar"
    flow_spec = charts.grouped_bars(
        flow_title, flows, "jaar", "stroom", [n for n, _ in FLOWS], [LIGHT, MUTED, ACCENT]
    )
    flow_text = " ".join(
        charts.describe_series(n.capitalize(), f.series(i, years)) for n, i in FLOWS
    )
    reasons = _relabel(f.over_time("bijstand.uitstroom", "reden", REDENEN, years), "reden", REDENEN)
    reasons = [r | {"jaar": r.pop("periode")} for r in reasons]
    reason_title = "Uitstroom per reden per jaar"
    reason_spec = charts.stacked_bars(
        reason_title, reasons, "jaar", "reden", list(REDENEN.values()), PALETTE, "uitkeringen"
    )
    persons = f.series("werkbeweging.personen", years)
    person_rows = [{"jaar": y, "aantal": v} for y, v in persons]
    person_title = "Inwoners in arrangement 3 die een stap richting werk zetten, per jaar"
    meetings = [
        {"jaar": str(y), "reeks": name, "aantal": f.value(ind, y, arrangement="3")}
        for y in years
        for name, ind in (
            ("ontmoetingen", "werkgevers.ontmoetingen"),
            ("werkgevers", "werkgevers.werkgevers"),
        )
    ]
    meeting_title = "Ontmoetingen met werkgevers (arrangement 3) en het aantal werkgevers, per jaar"
    return [
        _chart("jaren_bestand", title, first, rows, "jaar", None, text),
        _chart("jaren_stromen", flow_title, flow_spec, flows, "jaar", "stroom", flow_text),
        _chart(
            "jaren_redenen",
            reason_title,
            reason_spec,
            reasons,
            "jaar",
            "reden",
            charts.describe_series(
                "Uitstroom naar werk", f.series("bijstand.uitstroom_werk", years)
            ),
        ),
        _chart(
            "jaren_werkbeweging",
            person_title,
            charts.line(person_title, person_rows, "jaar", "inwoners"),
            person_rows,
            "jaar",
            None,
            charts.describe_series("Inwoners met een stap, per jaar (ieder één keer)", persons),
        ),
        _chart(
            "jaren_ontmoetingen",
            meeting_title,
            charts.grouped_bars(
                meeting_title,
                meetings,
                "jaar",
                "reeks",
                ["ontmoetingen", "werkgevers"],
                [MUTED, ACCENT],
            ),
            meetings,
            "jaar",
            "reeks",
            charts.describe_series(
                "Ontmoetingen", f.series("werkgevers.ontmoetingen", years, arrangement="3")
            )
            + " "
            + charts.describe_series(
                "Werkgevers", f.series("werkgevers.werkgevers", years, arrangement="3")
            ),
        ),
    ]
