# SPDX-License-Identifier: EUPL-1.2
"""The vrijwilligersvergoeding signal for the caseload: before, at and above the maxima."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import IntegrityError

from werkspoor.rules.models import VrijwilligersvergoedingRegistratie
from werkspoor.rules.services import vrijwilligersvergoeding_signalen

PEILDATUM = date(2023, 5, 15)  # 2023: max EUR 190 per month, EUR 1.900 per year; signal from 80%


@pytest.mark.parametrize(
    "bedrag, niveau, te_verrekenen",
    [
        ("100.00", None, "0"),
        ("152.00", "bijna", "0"),
        ("189.99", "bijna", "0"),
        ("190.00", "maximum", "0"),
        ("190.01", "overschreden", "0.01"),
    ],
)
def test_signal_around_the_monthly_maximum(build, bedrag, niveau, te_verrekenen):
    inwoner = build.inwoner(geboortedatum=date(1980, 1, 1))
    build.vrijwilligersvergoeding(inwoner, PEILDATUM, bedrag)
    signalen = vrijwilligersvergoeding_signalen([inwoner.pk], PEILDATUM)
    if niveau is None:
        assert inwoner.pk not in signalen
    else:
        assert signalen[inwoner.pk].niveau == niveau
        assert signalen[inwoner.pk].te_verrekenen == Decimal(te_verrekenen)


def test_yearly_maximum_counts_earlier_months(build):
    inwoner = build.inwoner(geboortedatum=date(1980, 1, 1))
    for month in range(1, 11):  # ten months of EUR 190 = EUR 1.900 by October
        build.vrijwilligersvergoeding(inwoner, date(2023, month, 1), "190.00")
    at_max = vrijwilligersvergoeding_signalen([inwoner.pk], date(2023, 10, 1))[inwoner.pk]
    assert (at_max.niveau, at_max.jaar_bedrag) == ("maximum", Decimal("1900.00"))
    build.vrijwilligersvergoeding(inwoner, date(2023, 11, 1), "50.00")
    over = vrijwilligersvergoeding_signalen([inwoner.pk], date(2023, 11, 1))[inwoner.pk]
    assert (over.niveau, over.te_verrekenen) == ("overschreden", Decimal("50.00"))


def test_last_year_does_not_count_and_other_residents_are_not_mixed(build):
    a = build.inwoner(geboortedatum=date(1980, 1, 1))
    b = build.inwoner(geboortedatum=date(1980, 1, 1))
    build.vrijwilligersvergoeding(a, date(2022, 12, 1), "1900.00")
    build.vrijwilligersvergoeding(b, PEILDATUM, "190.00")
    signalen = vrijwilligersvergoeding_signalen([a.pk, b.pk], PEILDATUM)
    assert a.pk not in signalen and signalen[b.pk].niveau == "maximum"


def test_under_27_the_allowance_is_set_off(build):
    jong = build.inwoner(geboortedatum=date(2000, 1, 1))
    build.vrijwilligersvergoeding(jong, PEILDATUM, "50.00")
    signaal = vrijwilligersvergoeding_signalen([jong.pk], PEILDATUM)[jong.pk]
    assert (signaal.niveau, signaal.te_verrekenen) == ("overschreden", Decimal("50.00"))


def test_one_registration_per_resident_per_month(build):
    inwoner = build.inwoner()
    build.vrijwilligersvergoeding(inwoner, date(2023, 5, 3), "10.00")
    with pytest.raises(IntegrityError):
        VrijwilligersvergoedingRegistratie.objects.create(
            inwoner=inwoner, maand=date(2023, 5, 20), bedrag=Decimal("5")
        )
