# SPDX-License-Identifier: EUPL-1.2
"""Jongere and gezin met kinderen are derived from dates on the peildatum, never stored."""

from datetime import date

D = date


def test_jongere_until_the_day_before_the_27th_birthday(build):
    inwoner = build.inwoner(geboortedatum=D(1994, 7, 1))
    assert inwoner.is_jongere_op(D(2021, 6, 30))
    assert not inwoner.is_jongere_op(D(2021, 7, 1))


def test_gezin_met_kinderen_while_a_child_is_under_18_and_born(build):
    inwoner = build.inwoner(huishoudtype="alleenstaande_ouder")
    build.kind(inwoner, D(2003, 5, 1))
    assert not inwoner.heeft_kinderen_op(D(2021, 5, 1))  # turned 18
    assert inwoner.heeft_kinderen_op(D(2021, 4, 30))
    build.kind(inwoner, D(2022, 1, 1))
    assert not inwoner.heeft_kinderen_op(D(2021, 12, 31))  # not born yet


def test_werkdienstverlening_plus_for_target_groups_basis_otherwise_and_overridable(build):
    day = D(2021, 12, 31)
    basis = build.inwoner(geboortedatum=D(1970, 1, 1))
    assert basis.werkdienstverlening_op(day) == "basis"
    assert (
        build.inwoner(geboortedatum=D(1970, 1, 1), statushouder=True).werkdienstverlening_op(day)
        == "plus"
    )
    assert build.inwoner(geboortedatum=D(2000, 1, 1)).werkdienstverlening_op(day) == "plus"
    basis.werkdienstverlening_override = "plus"
    basis.werkdienstverlening_reden = "Op verzoek, intensieve begeleiding nodig"
    assert basis.werkdienstverlening_op(day) == "plus"
