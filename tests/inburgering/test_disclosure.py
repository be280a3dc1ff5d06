# SPDX-License-Identifier: EUPL-1.2
"""Dimensions apart (inburgering.lopend per route and, separately, per doelgroep): each adds
up to the total on its own, so each gets its own complementary suppression."""

from tests.indicators.test_disclosure import by_breakdown, cel
from werkspoor.indicators.catalogue import catalogue
from werkspoor.indicators.disclosure import apply_disclosure

LOPEND = "inburgering.lopend"


def test_a_hidden_route_gets_a_complement_among_the_routes_only():
    """Total 120 = b1 80 + z 30 + onderwijs 6 + geen_pip 4: two routes are small, no extra.
    Per doelgroep 100 + 15 + 5: overig is hidden, so gezin (the smallest other) is too; the
    routes are not touched by that."""
    cells = [cel(LOPEND, 120)]
    for route, n in {"b1": 80, "z": 30, "onderwijs": 6, "geen_pip": 4}.items():
        cells.append(cel(LOPEND, n, route=route))
    for doelgroep, n in {"asiel": 100, "gezin": 15, "overig": 5}.items():
        cells.append(cel(LOPEND, n, doelgroep=doelgroep))
    result = by_breakdown(apply_disclosure(cells, catalogue(), 10))
    hidden = {key for key, c in result.items() if c.onderdrukt}
    assert hidden == {
        (("route", "onderwijs"),),
        (("route", "geen_pip"),),
        (("doelgroep", "overig"),),
        (("doelgroep", "gezin"),),
    }
    assert result[()].waarde == 120
