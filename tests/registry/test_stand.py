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
