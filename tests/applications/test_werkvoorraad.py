# SPDX-License-Identifier: EUPL-1.2
"""The consulent's werkvoorraad and the steps on an application, worked out by hand.

Today is pinned at Monday 2024-06-03; every regeling has a beslistermijn of 56 days
(definitions/gemeenten/utrecht/beslistermijnen.yaml)."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from werkspoor.applications import services
from werkspoor.applications.models import Aanvraag
from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.registry.models import Uitkering
from werkspoor.web import roles

from .conftest import VANDAAG


@pytest.fixture
def consulent(build):
    return build.user(roles.CONSULENT, "consulent")


@pytest.fixture
def voorraad(build):
    """Four open applications and one decided (see each line)."""
    made = {}
    # 2024-04-01 + 56 = 2024-05-27: seven days late.
    made["laat"] = build.aanvraag(build.inwoner(achternaam="Laat"), "PW", date(2024, 4, 1))
    # 2024-04-10 + 56 = 2024-06-05: two days left.
    made["bijna"] = build.aanvraag(
        build.inwoner(achternaam="Bijna"), "bijzondere_bijstand", date(2024, 4, 10)
    )
    # 2024-04-05 + 56 + 14 suspended = 2024-06-14: eleven days left.
    made["opgeschort"] = build.aanvraag(
        build.inwoner(achternaam="Was opgeschort"), "PW", date(2024, 4, 5), opschorting_dagen=14
    )
    # 2024-05-01 + 56 = 2024-06-26, plus a suspension running since 2024-05-20 (14 days so
    # far): 2024-07-10, 37 days left.
    loopt = build.aanvraag(build.inwoner(achternaam="Wacht op stukken"), "upas", date(2024, 5, 1))
    services.register_opschorting(None, loopt, date(2024, 5, 20), None, "bankafschriften")
    made["loopt"] = loopt
    made["besloten"] = build.aanvraag(
        build.inwoner(achternaam="Besloten"),
        "PW",
        date(2024, 4, 1),
        besluit="toekenning",
        besluitdatum=date(2024, 5, 1),
    )
    return made


def test_werkvoorraad_is_sorted_by_deadline_with_days_left_and_signals(voorraad):
    rows = services.werkvoorraad(VANDAAG)
    assert [r.aanvraag.inwoner.achternaam for r in rows] == [
        "Laat",
        "Bijna",
        "Was opgeschort",
        "Wacht op stukken",
    ]
    assert [r.dagen_over for r in rows] == [-7, 2, 11, 37]
    assert [r.uiterste_datum for r in rows] == [
        date(2024, 5, 27),
        date(2024, 6, 5),
        date(2024, 6, 14),
        date(2024, 7, 10),
    ]
    assert [r.signaal for r in rows] == ["te_laat", "bijna", "", ""]
    assert rows[0].signaal_tekst == "Termijn 7 dagen verstreken"
    assert rows[3].opgeschort_sinds == date(2024, 5, 20) and rows[3].opschorting_dagen == 14


def test_a_deadline_exactly_seven_days_ahead_gives_the_signal(build):
    # 2024-04-15 + 56 = 2024-06-10: seven days left.
    build.aanvraag(build.inwoner(), "iit", date(2024, 4, 15))
    (row,) = services.werkvoorraad(VANDAAG)
    assert row.dagen_over == 7 and row.signaal == "bijna"


def test_ending_a_suspension_adds_its_days_and_the_term_runs_again(voorraad):
    aanvraag = voorraad["loopt"]
    services.end_opschorting(None, aanvraag, date(2024, 5, 31))
    aanvraag.refresh_from_db()
    assert aanvraag.opschorting_dagen == 11
    row = services.werkvoorraad_rij(Aanvraag.objects.get(pk=aanvraag.pk), VANDAAG)
    assert row.uiterste_datum == date(2024, 7, 7) and row.opgeschort_sinds is None


def test_a_closed_suspension_counts_at_once_and_overlaps_are_refused(voorraad):
    aanvraag = voorraad["laat"]
    services.register_opschorting(None, aanvraag, date(2024, 4, 10), date(2024, 4, 20), "")
    aanvraag.refresh_from_db()
    assert aanvraag.opschorting_dagen == 10
    with pytest.raises(ValidationError, match="overlapt"):
        services.register_opschorting(None, aanvraag, date(2024, 4, 15), None, "")
    with pytest.raises(ValidationError, match="vóór de aanvraagdatum"):
        services.register_opschorting(None, aanvraag, date(2024, 3, 1), None, "")


def test_toekenning_starts_the_benefit_on_the_day_of_melding(build, consulent):
    inwoner = build.inwoner()
    aanvraag = services.register_aanvraag(
        consulent, inwoner, "PW", date(2024, 5, 6), meldingsdatum=date(2024, 5, 2)
    )
    uitkering = services.record_besluit(consulent, aanvraag, "toekenning", date(2024, 6, 3))
    assert uitkering.startdatum == date(2024, 5, 2) and uitkering.regeling == "PW"
    assert Uitkering.objects.get(aanvraag=aanvraag) == uitkering
    actions = list(AuditRecord.objects.order_by("volgnummer").values_list("actie", "inwoner_id"))
    assert actions == [
        (AuditActie.AANVRAAG_GEREGISTREERD, inwoner.pk),
        (AuditActie.BESLUIT_GEREGISTREERD, inwoner.pk),
    ]


def test_a_decision_closes_a_running_suspension_on_its_day(voorraad):
    aanvraag = voorraad["loopt"]
    services.record_besluit(None, aanvraag, "toekenning", date(2024, 6, 1))
    aanvraag.refresh_from_db()
    assert aanvraag.opschorting_dagen == 12 and aanvraag.besluit == "toekenning"
    assert not Uitkering.objects.exists()  # a U-pas is not a benefit


def test_afwijzing_needs_a_reason_and_a_decided_application_is_closed(voorraad):
    aanvraag = voorraad["laat"]
    with pytest.raises(ValidationError, match="reden"):
        services.record_besluit(None, aanvraag, "afwijzing", VANDAAG)
    services.record_besluit(None, aanvraag, "afwijzing", VANDAAG, "vermogen")
    aanvraag.refresh_from_db()
    assert aanvraag.reden_afwijzing == "vermogen"
    with pytest.raises(ValidationError, match="al besloten"):
        services.record_besluit(None, aanvraag, "toekenning", VANDAAG)


def test_toekenning_is_refused_while_another_benefit_runs(build):
    inwoner = build.inwoner()
    build.uitkering(inwoner, date(2023, 1, 1))
    aanvraag = build.aanvraag(inwoner, "PW", date(2024, 5, 1))
    with pytest.raises(ValidationError, match="al een uitkering"):
        services.record_besluit(None, aanvraag, "toekenning", VANDAAG)
    aanvraag.refresh_from_db()
    assert aanvraag.is_open  # nothing half done


def test_a_second_open_application_for_the_same_benefit_is_refused(build):
    inwoner = build.inwoner()
    services.register_aanvraag(None, inwoner, "PW", date(2024, 5, 1), None)
    with pytest.raises(ValidationError, match="openstaande aanvraag"):
        services.register_aanvraag(None, inwoner, "PW", date(2024, 5, 8), None)
    services.register_aanvraag(None, inwoner, "upas", date(2024, 5, 8), None)  # other regeling


def test_an_uitkering_naming_another_residents_application_is_refused(build):
    aanvraag = build.aanvraag(
        build.inwoner(), "PW", date(2024, 1, 2), besluit="toekenning", besluitdatum=date(2024, 2, 1)
    )
    with pytest.raises(ValidationError, match="andere inwoner"):
        Uitkering(
            inwoner=build.inwoner(), regeling="PW", startdatum=date(2024, 1, 1), aanvraag=aanvraag
        ).full_clean()
