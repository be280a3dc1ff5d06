# SPDX-License-Identifier: EUPL-1.2
"""Norm rules beyond the tables: kostendelers A = 1..5, validation, properties that always hold."""

from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkspoor.rules.calculate import Situatie, evaluate, norm, verrekening
from werkspoor.rules.errors import RegelInvoerFout

GEHUWDENNORM_2024_01 = 1834.04  # normenbrief 1 januari 2024 (gemeente Velsen)


@pytest.mark.parametrize("a", [1, 2, 3, 4, 5])
def test_kostendelersnorm_follows_40_plus_30a_over_a(a):
    expected = round(GEHUWDENNORM_2024_01 * (40 + 30 * a) / a / 100 + 1e-9, 2)
    result = norm(date(2024, 1, 1), Situatie("alleenstaande", 40, kostendelers=a))
    assert result["norm_incl_vakantietoeslag"] == pytest.approx(expected, abs=0.005)


def test_young_resident_keeps_the_jongerennorm_with_kostendelers():
    alone = norm(date(2024, 1, 1), Situatie("alleenstaande", 19))
    sharing = norm(date(2024, 1, 1), Situatie("alleenstaande", 19, kostendelers=3))
    assert alone["norm_incl_vakantietoeslag"] == sharing["norm_incl_vakantietoeslag"] == 316.94


def test_norm_json_has_exactly_the_published_keys():
    result = norm(date(2024, 1, 1), Situatie("alleenstaande", 30))
    assert set(result) == {
        "datum",
        "huishouden",
        "norm_incl_vakantietoeslag",
        "vakantietoeslag",
        "norm_excl_vakantietoeslag",
        "bron",
    }
    assert result["norm_incl_vakantietoeslag"] == pytest.approx(
        result["vakantietoeslag"] + result["norm_excl_vakantietoeslag"]
    )


@pytest.mark.parametrize(
    "datum, situatie, woord",
    [
        (date(2022, 12, 31), Situatie("alleenstaande", 30), "geen normen"),
        (date(2026, 7, 1), Situatie("alleenstaande", 30), "geen normen"),
        (date(2024, 1, 1), Situatie("student", 30), "Onbekend huishouden"),
        (date(2024, 1, 1), Situatie("alleenstaande", 17), "vanaf 18 jaar"),
        (date(2024, 1, 1), Situatie("gehuwden", 30, 17), "partner"),
        (date(2024, 1, 1), Situatie("alleenstaande", 30, kostendelers=0), "kostendelers"),
    ],
)
def test_bad_input_is_refused_with_a_dutch_sentence(datum, situatie, woord):
    with pytest.raises(RegelInvoerFout, match=woord):
        norm(datum, situatie)


def test_negative_income_is_refused():
    with pytest.raises(RegelInvoerFout, match="negatief"):
        verrekening(date(2024, 1, 1), Situatie("alleenstaande", 30), -1, 1)


@pytest.mark.parametrize("k, soort", [(1, "algemeen"), (6, "algemeen"), (7, "geen")])
def test_vrijlating_ends_after_month_six(k, soort):
    result = verrekening(date(2024, 1, 1), Situatie("alleenstaande", 30), 500, k)
    assert result["vrijlating_soort"] == soort
    assert result["vrijlating"] == (125.0 if soort == "algemeen" else 0.0)


@pytest.mark.parametrize("k", range(1, 8))
def test_vrijlating_months_1_to_7(k):
    result = verrekening(date(2024, 7, 1), Situatie("alleenstaande", 30), 2000, k)
    assert result["vrijlating"] == (269.0 if k <= 6 else 0.0)
    assert result["uitkering"] == pytest.approx(
        max(0, 1308.45 - 2000 + result["vrijlating"]), abs=0.005
    )


datums = st.sampled_from(
    [date(y, m, 1) for y in (2023, 2024, 2025) for m in (1, 7)] + [date(2026, 1, 1)]
)
types = st.sampled_from(["alleenstaande", "alleenstaande_ouder", "gehuwden"])


@settings(max_examples=60, deadline=None)
@given(
    datum=datums,
    huishoudtype=types,
    leeftijd=st.integers(18, 66),
    partner=st.integers(18, 66),
    kinderen=st.booleans(),
    a=st.integers(1, 8),
)
def test_norm_per_person_never_rises_with_more_kostendelers(
    datum, huishoudtype, leeftijd, partner, kinderen, a
):
    def per_persoon(kostendelers):
        s = Situatie(
            huishoudtype,
            leeftijd,
            partner if huishoudtype == "gehuwden" else None,
            kostendelers,
            kinderen,
        )
        personen = 2 if huishoudtype == "gehuwden" else 1
        return norm(datum, s)["norm_incl_vakantietoeslag"] / personen

    assert per_persoon(a + 1) <= per_persoon(a) + 1e-9


@settings(max_examples=60, deadline=None)
@given(
    datum=datums,
    huishoudtype=types,
    leeftijd=st.integers(18, 66),
    inkomsten=st.floats(0, 10_000, allow_nan=False),
    k=st.integers(0, 40),
    vrijwilligers=st.floats(0, 1_000, allow_nan=False),
    medisch=st.booleans(),
)
def test_remaining_benefit_is_never_negative_nor_above_the_norm(
    datum, huishoudtype, leeftijd, inkomsten, k, vrijwilligers, medisch
):
    r = evaluate(
        datum,
        1,
        {
            "huishoudtype": huishoudtype,
            "leeftijd": leeftijd,
            "netto_inkomsten": inkomsten,
            "maand_vrijlating": k,
            "vrijwilligersvergoeding": vrijwilligers,
            "medisch_urenbeperkt": medisch,
            "heeft_kind_onder_12": True,
        },
        ["uitkering", "bijstandsnorm"],
    )
    assert 0 <= r["uitkering"][0] <= r["bijstandsnorm"][0]


def test_population_is_evaluated_in_one_vectorised_call():
    n = 1000
    r = evaluate(
        date(2024, 7, 1), n, {"aantal_kostendelers": np.arange(n) % 5 + 1}, ["bijstandsnorm"]
    )
    assert r["bijstandsnorm"].shape == (n,)
    assert r["bijstandsnorm"][0] == 1308.45 and r["bijstandsnorm"][2] == 809.99
