# SPDX-License-Identifier: EUPL-1.2
"""The registry's stand: the latest registered event on or before today, or a pinned date."""

from datetime import date

from django.test import override_settings

from werkspoor.registry.stand import registry_stand


def test_empty_registry_has_no_stand(db):
    assert registry_stand() is None


@override_settings(WERKSPOOR_VANDAAG="2022-06-30")
def test_stand_is_the_latest_event_not_after_today(build):
    inwoner = build.inwoner()
    build.uitkering(inwoner, startdatum=date(2020, 1, 1), einddatum=date(2022, 3, 1))
    build.contact(inwoner, datum=date(2021, 5, 4))
    build.contact(inwoner, datum=date(2023, 1, 1))  # after today: not yet a registered fact
    # the einddatum 2022-03-01 means the last day with benefit was 2022-02-28
    assert registry_stand() == date(2022, 2, 28)


@override_settings(WERKSPOOR_STAND="2021-12-31")
def test_a_pinned_stand_wins(db):
    assert registry_stand() == date(2021, 12, 31)


@override_settings(WERKSPOOR_VANDAAG="2022-06-30")
def test_first_data_day_is_the_first_event_not_a_benefit_start(build):
    """A benefit that started in 2015 (carried over) is no registered event; the first
    contact on 2019-03-04 is."""
    from werkspoor.registry.stand import registry_start

    inwoner = build.inwoner()
    build.uitkering(inwoner, startdatum=date(2015, 1, 1))
    build.contact(inwoner, datum=date(2019, 3, 4))
    assert registry_start() == date(2019, 3, 4)


def _horizon(start, stand):
    from werkspoor.registry.stand import Horizon

    return Horizon(start, stand)


def test_horizon_runs_from_the_first_quarter_to_the_last_complete_one():
    from werkspoor.core.periods import Quarter, Year

    horizon = _horizon(date(2017, 1, 3), date(2021, 11, 30))
    assert horizon.first_quarter == Quarter(2017, 1)
    assert horizon.latest_quarter == Quarter(2021, 3)
    assert len(horizon.quarters()) == 19
    assert horizon.years() == [Year(2017), Year(2018), Year(2019), Year(2020)]
    assert _horizon(date(2017, 1, 3), date(2021, 12, 31)).latest_quarter == Quarter(2021, 4)


def test_a_period_after_the_stand_or_before_the_first_data_is_refused_in_dutch():
    import pytest

    from werkspoor.core.periods import Quarter, Year
    from werkspoor.registry.stand import BuitenHorizon

    horizon = _horizon(date(2017, 1, 3), date(2025, 12, 31))
    with pytest.raises(BuitenHorizon, match="Voor 2030Q1 zijn er nog geen cijfers") as after:
        horizon.check(Quarter(2030, 1))
    assert after.value.suggestion == Quarter(2025, 4)
    assert "31 december 2025" in str(after.value)
    with pytest.raises(BuitenHorizon, match="de registratie begint op 3 januari 2017"):
        horizon.check(Year(2016))
    horizon.check(Year(2017))
    with pytest.raises(BuitenHorizon, match="2026"):
        _horizon(date(2017, 1, 3), date(2026, 6, 30)).check(Year(2026))


def test_an_empty_registry_has_an_empty_horizon(db):
    from werkspoor.registry.stand import horizon

    assert horizon().empty and horizon().quarters() == []
