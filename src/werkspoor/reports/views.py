# SPDX-License-Identifier: EUPL-1.2
"""Public pages: the quarter's Dashboard and Monitor (published figures only) and the
indicator catalogue. Figures without disclosure control only for `may_see_unsuppressed`."""

from django.http import Http404
from django.shortcuts import redirect, render

from werkspoor.core.periods import Quarter
from werkspoor.core.security import allow_script_eval, publicly_cacheable
from werkspoor.indicators.access import may_see_unsuppressed
from werkspoor.indicators.catalogue import catalogue
from werkspoor.indicators.services import default_threshold

from . import charts, themes
from .breakdowns import breakdown_choices, breakdown_table
from .services import figures_for, latest_complete_quarter


def latest(request):
    quarter = latest_complete_quarter()
    if quarter is None:
        return render(request, "reports/leeg.html")
    return redirect("reports:kwartaal", kwartaal=str(quarter))


def _published_next(quarter: Quarter) -> Quarter | None:
    """The next quarter, if the registry has reached its last day (no link past the data)."""
    latest_quarter = latest_complete_quarter()
    return quarter.next() if latest_quarter and quarter.next() <= latest_quarter else None


@publicly_cacheable()
def kwartaal(request, kwartaal):
    try:
        quarter = Quarter.parse(kwartaal)
    except ValueError as error:
        raise Http404(str(error)) from error
    unsuppressed = request.GET.get("onthullingscontrole") == "uit" and may_see_unsuppressed(
        request.user
    )
    figures = figures_for(quarter, drempel=0 if unsuppressed else None)
    choices = breakdown_choices()
    chosen = request.GET.get("uitsplitsing", "wijk")
    if chosen not in dict(choices):
        chosen = "wijk"
    tiles = figures.tiles()
    sections = themes.theme_sections(figures)
    theme_specs = themes.theme_specs(figures, sections)
    response = render(
        request,
        "reports/dashboard.html",
        {
            "kwartaal": quarter,
            "vorige": quarter.previous(),
            "volgende": _published_next(quarter),
            "tiles": [(t, charts.sparkline(t.series), f"spark-{n}") for n, t in enumerate(tiles)],
            "charts": [
                (f"chart-{name}", spec) for name, spec in charts.monitor_specs(figures).items()
            ],
            "themas": [(s, f"thema-{n}", theme_specs[s.anker]) for n, s in enumerate(sections)],
            "choices": choices,
            "chosen": chosen,
            "table": breakdown_table(figures, chosen),
            "drempel": default_threshold(),
            "unsuppressed": unsuppressed,
            "may_unsuppress": may_see_unsuppressed(request.user),
        },
    )
    return allow_script_eval(response)


@publicly_cacheable()
def indicatoren(request):
    return render(request, "reports/indicatoren.html", {"catalogue": catalogue()})
