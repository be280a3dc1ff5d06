# SPDX-License-Identifier: EUPL-1.2
"""Onthullingscontrole: small groups suppressed, complements suppressed where a total would
give them away, shares on small groups suppressed, and `--drempel 0` switching it off."""

from werkspoor.indicators.catalogue import catalogue
from werkspoor.indicators.cells import Cel, encode_key
from werkspoor.indicators.disclosure import apply_disclosure
from werkspoor.indicators.services import published_cells


def cel(indicator, waarde, personen=None, periode="2020Q4", **uitsplitsing):
    return Cel(
        indicator,
        periode,
        encode_key(uitsplitsing),
        waarde,
        waarde if personen is None else personen,
    )


def by_breakdown(cells):
    return {tuple(sorted(c.uitsplitsing.items())): c for c in cells}


def wijk_table(values):
    total = cel("bijstand.bestand", sum(values.values()))
    return [total] + [cel("bijstand.bestand", v, wijk=w) for w, v in values.items()]


def test_count_below_threshold_is_suppressed_and_marked():
    result = by_breakdown(
        apply_disclosure(wijk_table({"Oost": 4, "Zuid": 50, "West": 60}), catalogue(), 10)
    )
    oost = result[(("wijk", "Oost"),)]
    assert oost.onderdrukt and oost.waarde is None


def test_single_suppressed_cell_gets_a_complement_so_the_total_does_not_reveal_it():
    """Total 114 = 4 + 50 + 60: with only Oost hidden, 114 − 50 − 60 = 4. Zuid (the
    smallest other cell) is suppressed too; the total and West stay."""
    result = by_breakdown(
        apply_disclosure(wijk_table({"Oost": 4, "Zuid": 50, "West": 60}), catalogue(), 10)
    )
    assert result[(("wijk", "Zuid"),)].onderdrukt
    assert not result[(("wijk", "West"),)].onderdrukt
    assert result[()].waarde == 114


def test_two_small_cells_need_no_extra_complement():
    result = by_breakdown(
        apply_disclosure(wijk_table({"Oost": 4, "Zuid": 3, "West": 60}), catalogue(), 10)
    )
    assert not result[(("wijk", "West"),)].onderdrukt


def test_complement_crosses_to_the_total_of_another_indicator():
    """bijstand.duur per duurklasse adds up to bijstand.bestand (som_is): one hidden class
    would follow from the bestand, so a second class is hidden."""
    cells = [
        cel("bijstand.bestand", 100),
        cel("bijstand.duur", 5, duurklasse="<1"),
        cel("bijstand.duur", 40, duurklasse="1-2"),
        cel("bijstand.duur", 25, duurklasse="2-5"),
        cel("bijstand.duur", 30, duurklasse="5+"),
    ]
    result = {
        c.sleutel: c
        for c in apply_disclosure(cells, catalogue(), 10)
        if c.indicator == "bijstand.duur"
    }
    hidden = [k for k, c in result.items() if c.onderdrukt]
    assert hidden == [encode_key({"duurklasse": "<1"}), encode_key({"duurklasse": "2-5"})]


def test_complement_in_a_from_to_matrix_of_the_doorstroom():
    """Oost: 1→3 = 30, 3→4 = 12, 4→3 = 3, total 45. 4→3 is hidden; it would follow from the
    total, so the next smallest flow (3→4) is hidden as well; 1→3 and the total stay."""
    flows = {("1", "3"): 30, ("3", "4"): 12, ("4", "3"): 3}
    cells = [cel("arrangement.doorstroom", 45, wijk="Oost")]
    cells += [
        cel("arrangement.doorstroom", v, van=a, naar=b, wijk="Oost") for (a, b), v in flows.items()
    ]
    result = {
        (c.uitsplitsing.get("van"), c.uitsplitsing.get("naar")): c
        for c in apply_disclosure(cells, catalogue(), 10)
    }
    assert result[("4", "3")].onderdrukt and result[("3", "4")].onderdrukt
    assert result[("1", "3")].waarde == 30
    assert result[(None, None)].waarde == 45


def test_share_on_fewer_persons_than_threshold_is_suppressed():
    cells = [
        cel("inwonerplan.dekking", 0.5, personen=4, wijk="Oost"),
        cel("inwonerplan.dekking", 0.8, personen=400),
    ]
    result = by_breakdown(apply_disclosure(cells, catalogue(), 10))
    assert result[(("wijk", "Oost"),)].onderdrukt
    assert result[()].waarde == 0.8


def test_threshold_zero_publishes_everything():
    cells = wijk_table({"Oost": 4, "Zuid": 50})
    assert not any(c.onderdrukt for c in apply_disclosure(cells, catalogue(), 0))


def test_published_figures_of_the_kleine_stad_show_no_group_under_the_threshold(kleine_stad):
    """The municipality's threshold (10) hides every figure of the nine residents, except
    zeros and figures that count no residents (werkcoaches, werkgevers)."""
    from werkspoor.core.periods import Quarter

    cells = published_cells(Quarter(2020, 4), Quarter(2020, 4))
    shown = [c for c in cells if not c.onderdrukt]
    assert cells and shown
    assert all(c.personen is None or c.personen == 0 or c.personen >= 10 for c in shown)
    unprotected = {c.indicator for c in shown if c.personen is None}
    assert unprotected == {"caseload.per_werkcoach", "werkgevers.werkgevers"}
    assert any(c.waarde == 0 and c.personen == 0 for c in shown)


def arrangement_table(values, indicator="arrangement.bestand"):
    cells = [cel(indicator, sum(values.values()))]
    return cells + [cel(indicator, v, arrangement=a) for a, v in values.items()]


def test_a_zero_cell_is_published_and_forces_no_complementary_suppression():
    """Arrangement 'geen' is a structural 0 next to large groups: it is published, and no
    other cell is hidden because of it (before, the 0 counted as small and took the next
    smallest group with it)."""
    cells = apply_disclosure(
        arrangement_table({"1": 400, "2": 150, "3": 700, "4": 350}, "bijstand.bestand")
        + [cel("bijstand.bestand", 0, arrangement="geen")],
        catalogue(),
        10,
    )
    assert not any(c.onderdrukt for c in cells)
    assert by_breakdown(cells)[(("arrangement", "geen"),)].waarde == 0


def test_a_complement_is_never_a_zero_cell():
    """Oost 4 is hidden; the smallest other cell is a 0, which everyone may know: hiding it
    would protect nothing, so Zuid (50) is hidden instead."""
    result = by_breakdown(
        apply_disclosure(
            wijk_table({"Oost": 4, "West": 0, "Zuid": 50, "Noordoost": 60}), catalogue(), 10
        )
    )
    assert result[(("wijk", "Oost"),)].onderdrukt
    assert not result[(("wijk", "West"),)].onderdrukt
    assert result[(("wijk", "Zuid"),)].onderdrukt
    assert not result[()].onderdrukt


def test_with_only_zeros_beside_it_the_total_is_the_complement():
    result = by_breakdown(apply_disclosure(wijk_table({"Oost": 4, "West": 0}), catalogue(), 10))
    assert result[(("wijk", "Oost"),)].onderdrukt and result[()].onderdrukt
    assert result[(("wijk", "West"),)].waarde == 0


def test_counts_of_werkcoaches_and_werkgevers_are_never_suppressed():
    """They rest on no residents (personen None): 0 werkcoaches above 125 and 3 werkgevers
    are published at any threshold."""
    cells = [
        Cel("caseload.per_werkcoach", "2020Q4", encode_key({"statistiek": "boven_125"}), 0, None),
        Cel("werkgevers.werkgevers", "2020Q4", "", 3, None),
    ]
    assert not any(c.onderdrukt for c in apply_disclosure(cells, catalogue(), 10))


def test_a_share_of_none_rests_on_its_denominator(build):
    """Dekking of the inwonerplan in 2020Q4: 12 residents with a running benefit, none with
    an active goal: 0 of 12 rests on 12 and is published; in Oost 0 of 3 rests on 3."""
    from datetime import date

    from werkspoor.core.periods import Quarter
    from werkspoor.indicators.engine import Engine

    for n in range(12):
        build.uitkering(
            build.inwoner(date(1980, 1, 1), "Oost" if n < 3 else "Zuid"), date(2020, 1, 1)
        )
    engine = Engine()
    try:
        cells = engine.compute(Quarter(2020, 4), Quarter(2020, 4), ["inwonerplan.dekking"])
    finally:
        engine.close()
    shown = by_breakdown(apply_disclosure(cells, catalogue(), 10))
    assert shown[()].waarde == 0.0 and not shown[()].onderdrukt
    assert shown[(("wijk", "Oost"),)].onderdrukt
