# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor controle`: payments of a month against the rules, worked out by hand.

Norms per 1 July 2024 (definitions/regels/parameters/participatiewet, normenbrief SZW):
alleenstaande EUR 1.308,45 incl. vakantietoeslag, gehuwden EUR 1.869,21; vakantietoeslag 5%;
algemene vrijlating 25% of earnings, at most EUR 269 (from 27 years, 6 months).
"""

from datetime import date
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from werkspoor.payments.controle import controle

JULI = date(2024, 7, 1)
ALLEENSTAANDE = Decimal("1308.45")


@pytest.fixture
def huishoudens(build):
    """One resident per case, each with a PW benefit running all of July 2024 unless said."""

    def resident(naam, betaald=None, regeling="PW", start=date(2024, 1, 1), **fields):
        fields.setdefault("geboortedatum", date(1985, 3, 1))
        inwoner = build.inwoner(achternaam=naam, **fields)
        build.uitkering(inwoner, start, regeling=regeling)
        if betaald is not None:
            build.betaling(inwoner, JULI, betaald, regeling=regeling)
        return inwoner

    return resident


def _by_name(result):
    from werkspoor.registry.models import Inwoner

    names = dict(Inwoner.objects.values_list("external_id", "achternaam"))
    return {names[v.inwoner]: v for v in result.verschillen}


def test_a_correct_payment_is_not_reported(huishoudens):
    huishoudens("Juist", ALLEENSTAANDE)
    result = controle(JULI)
    assert result.uitkeringen == 1 and result.verschillen == []


def test_kostendelersnorm_not_applied_is_reported_with_rule_parameter_and_source(huishoudens):
    # Two kostendelers: (40 + 2 x 30) / 2 = 50% of the gehuwdennorm 1.869,21 = 934,605 -> 934,61.
    huishoudens("Kostendeler", ALLEENSTAANDE, aantal_kostendelers=2)
    (verschil,) = controle(JULI).verschillen
    assert verschil.verwacht == Decimal("934.61")
    assert verschil.verschil == Decimal("373.84")
    assert "kostendelersnorm met 2 kostendelers" in verschil.regel
    assert verschil.parameter.startswith("participatiewet.bijstandsnorm.gehuwden = € 1.869,21")
    assert "art. 22a" in verschil.bron


def test_earnings_not_set_off_are_reported_and_recognised(build, huishoudens):
    # Work since May: July is month 3 of the vrijlating; 25% of 500 = 125 stays free,
    # 375 is set off: 1.308,45 - 375 = 933,45.
    inwoner = huishoudens("Werkt", ALLEENSTAANDE)
    build.deeltijdwerk(inwoner, date(2024, 5, 1), netto_inkomsten_per_maand=Decimal("500.00"))
    (verschil,) = controle(JULI).verschillen
    assert verschil.verwacht == Decimal("933.45")
    assert verschil.duiding == "inkomsten niet verrekend"
    assert "algemene inkomstenvrijlating" in verschil.regel


def test_missing_holiday_pay_and_a_double_payment_are_recognised(build, huishoudens):
    huishoudens("Vakantie", ALLEENSTAANDE - Decimal("65.42"))  # 5% of 1.308,45 = 65,42
    dubbel = huishoudens("Dubbel", ALLEENSTAANDE)
    build.betaling(dubbel, JULI, ALLEENSTAANDE)
    found = _by_name(controle(JULI))
    assert found["Vakantie"].duiding == "vakantietoeslag niet betaald"
    assert found["Dubbel"].duiding == "dubbel betaald"


def test_a_benefit_that_starts_mid_month_is_paid_pro_rata(huishoudens):
    # 16 of 31 days: 1.308,45 x 16 / 31 = 675,329 -> 675,33.
    huishoudens("Halverwege", Decimal("675.33"), start=date(2024, 7, 16))
    assert controle(JULI).verschillen == []


def test_a_payment_without_a_running_benefit_is_a_difference(build):
    inwoner = build.inwoner(achternaam="Geen uitkering")
    build.betaling(inwoner, JULI, "100.00")
    (verschil,) = controle(JULI).verschillen
    assert verschil.verwacht == 0 and verschil.uitkering == ""


def test_the_tolerance_leaves_cents_alone(huishoudens):
    huishoudens("Afronding", ALLEENSTAANDE + Decimal("0.99"))
    assert controle(JULI).verschillen == []
    assert len(controle(JULI, Decimal("0.50")).verschillen) == 1


def test_ioaw_sets_off_earnings_without_vrijlating(build, huishoudens):
    # Gehuwden 1.869,21 minus the whole 300 earned.
    inwoner = huishoudens(
        "Ioaw",
        Decimal("1569.21"),
        regeling="IOAW",
        huishoudtype="gehuwden",
        geboortedatum=date(1962, 5, 5),
    )
    build.deeltijdwerk(inwoner, date(2024, 6, 1), netto_inkomsten_per_maand=Decimal("300.00"))
    assert controle(JULI).verschillen == []


def test_the_command_writes_the_list_and_exits_1_on_differences(huishoudens, tmp_path, capsys):
    huishoudens("Fout", Decimal("1000.00"))
    out = tmp_path / "verschillen.csv"
    with pytest.raises(CommandError) as raised:
        call_command("controle", maand="2024-07", uit=out)
    assert raised.value.returncode == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("inwoner_id,uitkering_id,regeling,maand,betaald,verwacht,verschil")
    assert ",PW,2024-07,1000.00,1308.45,-308.45," in lines[1]


def test_a_month_without_norms_is_refused_in_one_dutch_sentence():
    with pytest.raises(CommandError) as raised:
        call_command("controle", maand="2017-07")
    assert raised.value.returncode == 2 and "geen normen" in str(raised.value)


def test_the_list_cannot_start_a_formula_in_a_spreadsheet(huishoudens):
    """A resident code from an import that reads as a formula gets a leading quote; the
    negative amounts stay numbers."""
    from werkspoor.payments.output import to_csv
    from werkspoor.registry.models import Inwoner

    inwoner = huishoudens("Formule", Decimal("1000.00"))
    Inwoner.objects.filter(pk=inwoner.pk).update(external_id="=HYPERLINK(1)")
    row = to_csv(controle(JULI)).splitlines()[1]
    assert row.startswith("'=HYPERLINK(1),") and ",1000.00,1308.45,-308.45," in row
