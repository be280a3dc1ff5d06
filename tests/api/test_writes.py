# SPDX-License-Identifier: EUPL-1.2
"""Every write operation: bad input gets one problem+json 400 that names every invalid
field, and nothing is written; good input is saved, audited and answered with the record.

The operations and their fields are read from the published OpenAPI document, so a new
write operation is covered without changing this test."""

from __future__ import annotations

from datetime import date

import pytest
from django.apps import apps
from django.test import Client

from werkspoor.api.views.openapi import openapi_document
from werkspoor.core.models import AuditActie, AuditRecord

pytestmark = pytest.mark.django_db


def _resolve(document, schema):
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = document["components"]["schemas"][name]
    return schema


def _invalid_value(schema):
    """A value the field's schema refuses, whatever the field."""
    if "enum" in schema or "allOf" in schema or "oneOf" in schema:
        return "bestaat-niet"
    kind = schema.get("type")
    if schema.get("format") == "date":
        return "31-02-2024"
    if kind in ("integer", "number"):
        return "geen getal"
    if kind == "boolean":
        return "misschien"
    return {"geen": "tekst"}


def write_operations():
    document = openapi_document()
    for path, operations in document["paths"].items():
        for method in ("post", "patch"):
            operation = operations.get(method)
            if operation and "requestBody" in operation:
                content = operation["requestBody"]["content"]["application/json"]
                schema = _resolve(document, content["schema"])
                yield pytest.param(path, method, schema, id=operation["operationId"])


@pytest.fixture
def records(build):
    """One of everything a path can name."""
    coach = build.werkcoach("Sanne de Vries")
    inwoner = build.caseload_inwoner(coach, voornaam="Anna", achternaam="Visser")
    werkgever = build.werkgever()
    ids = {
        "inwonerId": inwoner.pk,
        "werkgeverId": werkgever.pk,
        "/inwoners/{id}": inwoner.pk,
        "/uitkeringen/{id}": inwoner.uitkeringen.get().pk,
        "/doelen/{id}": build.doel(inwoner, "werkfit", date(2024, 1, 1)).pk,
        "/trajecten/{id}": build.traject(inwoner, "scholing", date(2024, 1, 1)).pk,
        "/werkgevers/{id}": werkgever.pk,
        "/vacatures/{id}": build.vacature(werkgever, startdatum=date(2024, 1, 1)).pk,
    }
    return ids


def _url(path: str, ids: dict) -> str:
    url = path.replace("{inwonerId}", str(ids["inwonerId"]))
    url = url.replace("{werkgeverId}", str(ids["werkgeverId"]))
    if "{id}" in url:
        url = url.replace("{id}", str(ids[path]))
    return "/api/v1" + url


def _row_counts() -> dict:
    return {
        model._meta.label: model.objects.count()
        for app in ("registry", "employers", "core", "logbook")
        for model in apps.get_app_config(app).get_models()
    }


@pytest.mark.parametrize(("path", "method", "schema"), list(write_operations()))
def test_bad_input_names_every_invalid_field_and_writes_nothing(api, records, path, method, schema):
    body = {name: _invalid_value(field) for name, field in schema["properties"].items()}
    body["nietBestaandVeld"] = 1
    before = _row_counts()
    response = getattr(api, method)(_url(path, records), body)
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert {"status", "title", "detail"} <= set(problem)
    named = {p["name"] for p in problem["invalidParams"] if "name" in p}
    assert named == set(body), f"niet genoemd: {set(body) - named}"
    assert _row_counts() == before


def test_a_body_that_is_not_an_object_is_refused(api):
    response = api.post("/api/v1/werkgevers", ["naam"])
    assert response.status_code == 400
    assert "JSON-object" in response.json()["invalidParams"][0]["reason"]


def test_a_body_that_is_not_json_is_refused(api):
    response = Client().post(
        "/api/v1/werkgevers",
        "naam=Bakkerij",
        content_type="application/x-www-form-urlencoded",
        HTTP_AUTHORIZATION=f"Bearer {api.token}",
    )
    assert response.status_code == 415
    assert response["Content-Type"] == "application/problem+json"


def test_a_domain_rule_after_valid_fields_is_reported_on_its_field(api, records):
    url = f"/api/v1/inwoners/{records['inwonerId']}/trajecten"
    response = api.post(url, {"instrument": "loonkostensubsidie", "startdatum": "2024-05-01"})
    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == ["loonwaarde"]


def test_an_overlapping_benefit_is_refused_and_nothing_is_written(api, records):
    before = _row_counts()
    url = f"/api/v1/inwoners/{records['inwonerId']}/uitkeringen"
    response = api.post(url, {"regeling": "PW", "startdatum": "2024-01-01"})
    assert response.status_code == 400
    assert "al een uitkering" in response.json()["invalidParams"][0]["reason"]
    assert _row_counts() == before


def test_a_second_resident_with_the_same_bsn_is_a_conflict(api):
    body = {
        "bsn": "999990019",
        "geboortedatum": "1990-01-01",
        "wijk": "Oost",
        "huishoudtype": "alleenstaande",
    }
    assert api.post("/api/v1/inwoners", body).status_code == 201
    response = api.post("/api/v1/inwoners", body)
    assert response.status_code == 409
    assert response["Content-Type"] == "application/problem+json"


def test_registering_a_resident_saves_audits_and_points_to_it(api):
    body = {
        "code": "SUITE-123",
        "bsn": "999990019",
        "voornaam": "Fatma",
        "achternaam": "Yilmaz",
        "geboortedatum": "1990-01-01",
        "wijk": "Overvecht",
        "huishoudtype": "alleenstaande_ouder",
        "aantalKostendelers": 1,
    }
    response = api.post("/api/v1/inwoners", body)
    assert response.status_code == 201
    created = response.json()
    assert response["Location"] == created["_links"]["self"]["href"]
    assert created["code"] == "SUITE-123" and created["bsn"] == "999990019"
    record = AuditRecord.objects.get(actie=AuditActie.INWONER_GEREGISTREERD)
    assert record.inwoner_id == created["id"]
    assert record.gebruiker == api.client.user.username
    assert Client().get(response["Location"]).status_code == 401  # reading needs a token too
    assert api.get(response["Location"]).json()["voornaam"] == "Fatma"


def test_changing_a_resident_changes_only_the_fields_sent(api, records):
    url = f"/api/v1/inwoners/{records['inwonerId']}"
    response = api.patch(url, {"wijk": "Zuid"})
    assert response.status_code == 200
    assert response.json()["wijk"] == "Zuid" and response.json()["voornaam"] == "Anna"


def test_closing_a_goal_and_stopping_a_traject_use_the_workspace_rules(api, records):
    doel = f"/api/v1/doelen/{records['/doelen/{id}']}"
    assert api.patch(doel, {"status": "behaald", "statusdatum": "2024-05-01"}).status_code == 200
    again = api.patch(doel, {"status": "gestopt", "statusdatum": "2024-05-02"})
    assert again.status_code == 400
    assert "al afgesloten" in again.json()["invalidParams"][0]["reason"]
    traject = f"/api/v1/trajecten/{records['/trajecten/{id}']}"
    stopped = api.patch(traject, {"einddatum": "2024-03-01", "resultaat": "afgerond"})
    assert stopped.status_code == 200 and stopped.json()["einddatum"] == "2024-03-01"


def test_a_contact_in_the_future_is_refused(api, records):
    url = f"/api/v1/inwoners/{records['inwonerId']}/contactmomenten"
    response = api.post(url, {"datum": "2030-01-01", "kanaal": "mail"})
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "datum"


def test_a_placement_with_another_employers_vacancy_is_refused(api, records, build):
    other = build.werkgever(naam="Ander bedrijf")
    body = {
        "werkgever": other.pk,
        "inwoner": records["inwonerId"],
        "vacature": records["/vacatures/{id}"],
        "datum": "2024-05-01",
        "soort": "regulier",
    }
    response = api.post("/api/v1/plaatsingen", body)
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "vacature"
