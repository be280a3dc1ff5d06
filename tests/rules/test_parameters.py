# SPDX-License-Identifier: EUPL-1.2
"""The parameters themselves: every half-year present, every value sourced, estimates flagged."""

from datetime import date

import pytest

from werkspoor.rules.bronnen import is_onbevestigd
from werkspoor.rules.system import parameter_range, tax_benefit_system

HALF_YEARS = [date(y, m, 1) for y in (2023, 2024, 2025) for m in (1, 7)] + [date(2026, 1, 1)]


def _leaves(node):
    for child in node.children.values():
        if hasattr(child, "children"):
            yield from _leaves(child)
        else:
            yield child


def test_national_parameters_cover_every_half_year_2023_through_2026():
    bereik = parameter_range()
    assert bereik.start == date(2023, 1, 1)
    assert bereik.end == date(2026, 7, 1)
    node = tax_benefit_system().parameters.participatiewet
    for norm in _leaves(node.bijstandsnorm):
        assert {date.fromisoformat(v.instant_str) for v in norm.values_list} == set(HALF_YEARS)


@pytest.mark.parametrize(
    "parameter", list(_leaves(tax_benefit_system().parameters)), ids=lambda p: p.name
)
def test_every_value_names_its_source(parameter):
    for value in parameter.values_list:
        metadata = value.metadata or {}
        assert metadata.get("bron"), f"{parameter.name} {value.instant_str} heeft geen bron"
        if metadata.get("onbevestigd"):
            assert metadata.get("toelichting"), (
                f"{parameter.name} {value.instant_str}: onbevestigd zonder toelichting"
            )


def test_2026_norms_are_flagged_unconfirmed_until_the_circulaire_is_in():
    norm = tax_benefit_system().parameters.participatiewet.bijstandsnorm.gehuwden
    assert is_onbevestigd(norm, date(2026, 1, 1))
    assert not is_onbevestigd(norm, date(2025, 7, 1))
