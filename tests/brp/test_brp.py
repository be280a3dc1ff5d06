# SPDX-License-Identifier: EUPL-1.2
"""The BRP link against the stand-in server that answers from the published specification:
a correct request, values filled when empty, differences shown and never overwritten
without a person's choice, the choice applied and audited, and off without configuration."""

from __future__ import annotations

import json
from datetime import date

import pytest

from werkspoor.brp import client, services
from werkspoor.brp.client import BrpFout, BrpUit
from werkspoor.brp.models import BrpGegeven, Status, Veld
from werkspoor.core.models import AuditActie, AuditRecord

pytestmark = pytest.mark.django_db


def test_without_configuration_the_link_is_off_and_says_so(settings, build):
    settings.WERKSPOOR_BRP_URL = ""
    assert not client.configured()
    with pytest.raises(BrpUit, match="staat uit"):
        client.raadpleeg("999990019")
    inwoner = build.inwoner(bsn="999990019")
    assert services.check_with_brp(inwoner, None) == []


def test_the_client_asks_as_the_specification_says(brp):
    persoon = client.raadpleeg("999990020")
    request = json.loads(brp.requests[-1]["body"])
    assert request["type"] == "RaadpleegMetBurgerservicenummer"
    assert request["burgerservicenummer"] == ["999990020"]
    assert brp.requests[-1]["headers"]["x-api-key"] == "test-sleutel"
    assert persoon.achternaam == "van der Berg"
    assert persoon.geboortedatum.datum == date(1985, 3, 1)
    assert str(persoon.adres) == "Amsterdamsestraatweg 301-bis, 3551 CK Utrecht"
    assert persoon.partner_bsns == ("999990044",)
    assert [k.datum for k in persoon.kinderen] == [date(2016, 9, 20), date(2020, 2, 14)]


def test_an_unknown_bsn_is_none_and_a_wrong_key_a_clear_error(brp, settings):
    assert client.raadpleeg("999990135") is None
    settings.WERKSPOOR_BRP_API_KEY = "fout"
    with pytest.raises(BrpFout, match="weigert de toegang"):
        client.raadpleeg("999990019")


def test_an_unreachable_brp_is_a_clear_error(settings):
    settings.WERKSPOOR_BRP_URL = "http://127.0.0.1:9"  # discard port: nothing listens
    settings.WERKSPOOR_BRP_TIMEOUT = 2
    with pytest.raises(BrpFout, match="niet bereikbaar"):
        client.raadpleeg("999990019")


def test_the_stand_in_refuses_what_the_specification_refuses(brp):
    import requests

    bad = {
        "type": "RaadpleegMetBurgerservicenummer",
        "burgerservicenummer": ["12"],
        "fields": ["naam.bestaatNiet"],
    }
    response = requests.post(
        f"{brp.url}/personen", json=bad, headers={"X-API-KEY": "test-sleutel"}, timeout=5
    )
    assert response.status_code == 400
    names = {p["name"] for p in response.json()["invalidParams"]}
    assert names == {"burgerservicenummer.0", "fields"}


def test_equal_values_are_recorded_with_their_source_and_date(brp, build):
    inwoner = build.inwoner(
        bsn="999990019",
        voornaam="Fatma",
        achternaam="Yilmaz",
        geboortedatum=date(1990, 1, 1),
        huishoudtype="alleenstaande_ouder",
    )
    build.kind(inwoner, date(2015, 5, 10))
    records = {r.veld: r for r in services.controleer(inwoner, None)}
    # 'Fatma' is the first of her given names: no difference
    assert {v: r.status for v, r in records.items() if v != Veld.ADRES} == {
        Veld.VOORNAAM: Status.GELIJK,
        Veld.ACHTERNAAM: Status.GELIJK,
        Veld.GEBOORTEDATUM: Status.GELIJK,
        Veld.KINDEREN: Status.GELIJK,
        Veld.HUISHOUDEN: Status.GELIJK,
    }
    assert all(r.opgehaald_op is not None for r in records.values())


def test_empty_values_are_filled_differences_are_not_overwritten(brp, build):
    inwoner = build.inwoner(
        bsn="999990020",
        voornaam="",
        achternaam="Berg",
        geboortedatum=date(1985, 3, 2),
        huishoudtype="alleenstaande",
    )
    records = {r.veld: r for r in services.controleer(inwoner, None)}
    inwoner.refresh_from_db()
    assert inwoner.voornaam == "Jan Pieter"
    assert records[Veld.VOORNAAM].status == Status.AANGEVULD
    for veld in (Veld.ACHTERNAAM, Veld.GEBOORTEDATUM, Veld.HUISHOUDEN, Veld.KINDEREN):
        assert records[veld].status == Status.VERSCHIL, veld
    assert inwoner.achternaam == "Berg" and inwoner.geboortedatum == date(1985, 3, 2)
    assert inwoner.huishoudtype == "alleenstaande" and not inwoner.kinderen.exists()
    audit = AuditRecord.objects.get(actie=AuditActie.BRP_GERAADPLEEGD)
    assert audit.inwoner_id == inwoner.pk and "achternaam" in audit.detail["verschillen"]


def test_a_person_takes_over_or_keeps_each_difference(brp, build, django_user_model):
    user = django_user_model.objects.create(username="werkcoach")
    inwoner = build.inwoner(
        bsn="999990020",
        voornaam="Jan",
        achternaam="Berg",
        geboortedatum=date(1985, 3, 1),
        huishoudtype="alleenstaande",
    )
    services.controleer(inwoner, user)
    services.beslis(inwoner, ["achternaam", "kinderen"], ["huishouden"], user)
    inwoner.refresh_from_db()
    assert inwoner.achternaam == "van der Berg"
    assert sorted(k.geboortedatum for k in inwoner.kinderen.all()) == [
        date(2016, 9, 20),
        date(2020, 2, 14),
    ]
    assert inwoner.huishoudtype == "alleenstaande"  # kept: cohabiting is not in the BRP
    statuses = dict(inwoner.brp_gegevens.values_list("veld", "status"))
    assert statuses["achternaam"] == Status.OVERGENOMEN
    assert statuses["huishouden"] == Status.BEHOUDEN
    kept = inwoner.brp_gegevens.get(veld="huishouden")
    assert kept.afgehandeld_door == "werkcoach"
    # the same BRP value is not asked again after it was kept
    services.controleer(inwoner, user)
    assert inwoner.brp_gegevens.get(veld="huishouden").status == Status.BEHOUDEN
    actions = set(AuditRecord.objects.values_list("actie", flat=True))
    assert {AuditActie.BRP_OVERGENOMEN, AuditActie.BRP_BEHOUDEN} <= actions


def test_an_incomplete_date_of_birth_is_shown_but_cannot_be_taken_over(brp, build):
    inwoner = build.inwoner(
        bsn="999990081", voornaam="Ahmed", achternaam="El Amrani", geboortedatum=date(1975, 6, 15)
    )
    records = {r.veld: r for r in services.controleer(inwoner, None)}
    geboorte = records[Veld.GEBOORTEDATUM]
    assert geboorte.brp_waarde == "juni 1975" and geboorte.brp_data == {}
    services.beslis(inwoner, ["geboortedatum"], [], None)
    inwoner.refresh_from_db()
    assert inwoner.geboortedatum == date(1975, 6, 15)
    assert BrpGegeven.objects.get(inwoner=inwoner, veld="geboortedatum").status == Status.VERSCHIL


def test_registering_through_the_api_checks_with_the_brp(brp, issue):
    caller = issue(scopes=["inwoners:schrijven", "inwoners:lezen"])
    body = {
        "bsn": "999990020",
        "achternaam": "Berg",
        "geboortedatum": "1985-03-01",
        "wijk": "West",
        "huishoudtype": "gehuwden",
    }
    response = caller.post("/api/v1/inwoners", body)
    assert response.status_code == 201
    created = response.json()
    assert created["voornaam"] == "Jan Pieter"  # was empty: filled from the BRP
    assert created["achternaam"] == "Berg"  # differs: kept until a person decides
    inwoner_id = created["id"]
    assert (
        BrpGegeven.objects.get(inwoner_id=inwoner_id, veld="achternaam").status == Status.VERSCHIL
    )
