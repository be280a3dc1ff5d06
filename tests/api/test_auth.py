# SPDX-License-Identifier: EUPL-1.2
"""Client credentials, scopes and rate limits: 401 without a valid token, 403 naming the
missing scope, 429 with Retry-After over the limit; all as problem+json."""

from __future__ import annotations

import pytest
from django.test import Client

from werkspoor.api.services import change_client, issue_client, renew_secret, revoke_client
from werkspoor.core.models import AuditActie, AuditRecord

from .conftest import request_token

pytestmark = pytest.mark.django_db


def test_a_request_without_token_gets_401_problem_with_bearer_challenge():
    response = Client().get("/api/v1/inwoners")
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response["API-Version"] == "1.0.0"
    body = response.json()
    assert body["status"] == 401 and body["title"] and body["detail"]


def test_an_unknown_token_gets_401():
    response = Client().get("/api/v1/inwoners", HTTP_AUTHORIZATION="Bearer verzonnen")
    assert response.status_code == 401
    assert "ongeldig" in response.json()["detail"]


def test_a_token_without_the_scope_gets_403_naming_the_missing_scope(issue, build):
    caller = issue(scopes=["werkgevers:lezen"])
    response = caller.get("/api/v1/inwoners")
    assert response.status_code == 403
    assert "inwoners:lezen" in response.json()["detail"]
    assert caller.get("/api/v1/werkgevers").status_code == 200


def test_reading_does_not_give_writing(issue):
    caller = issue(scopes=["werkgevers:lezen"])
    response = caller.post("/api/v1/werkgevers", {"naam": "Bakkerij"})
    assert response.status_code == 403
    assert "werkgevers:schrijven" in response.json()["detail"]


def test_expanding_a_collection_needs_its_read_scope(issue, build):
    inwoner = build.inwoner()
    caller = issue(scopes=["inwoners:lezen"])
    assert caller.get(f"/api/v1/inwoners/{inwoner.pk}").status_code == 200
    response = caller.get(f"/api/v1/inwoners/{inwoner.pk}", expand="uitkeringen")
    assert response.status_code == 403
    assert "uitkeringen:lezen" in response.json()["detail"]


def test_a_client_cannot_ask_for_a_scope_beheer_did_not_grant():
    credential = issue_client("Datawarehouse", ["werkgevers:lezen"], None)
    response = request_token(credential.client_id, credential.client_secret, "inwoners:lezen")
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_scope"


def test_a_wrong_secret_gets_no_token():
    credential = issue_client("Datawarehouse", ["werkgevers:lezen"], None)
    assert request_token(credential.client_id, "fout").status_code == 401


def test_a_withdrawn_scope_stops_working_before_the_token_expires(issue):
    caller = issue(scopes=["werkgevers:lezen", "plaatsingen:lezen"])
    assert caller.get("/api/v1/plaatsingen").status_code == 200
    change_client(caller.client, ["werkgevers:lezen"], 600, None)
    assert caller.get("/api/v1/plaatsingen").status_code == 403


def test_a_revoked_client_and_an_old_secret_lose_access_at_once(issue):
    caller = issue(scopes=["werkgevers:lezen"])
    renewed = renew_secret(caller.client, None)
    assert caller.get("/api/v1/werkgevers").status_code == 401  # tokens went with the secret
    assert request_token(renewed.client_id, renewed.client_secret).status_code == 200
    revoke_client(caller.client, None)
    assert request_token(renewed.client_id, renewed.client_secret).status_code == 401
    actions = set(AuditRecord.objects.values_list("actie", flat=True))
    assert {AuditActie.API_CLIENT_UITGEGEVEN, AuditActie.API_CLIENT_INGETROKKEN} <= actions


def test_over_the_rate_limit_the_client_gets_429_with_retry_after(issue):
    caller = issue(scopes=["werkgevers:lezen"], per_minuut=3)
    codes = [caller.get("/api/v1/werkgevers").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    response = caller.get("/api/v1/werkgevers")
    assert response["Content-Type"] == "application/problem+json"
    assert 1 <= int(response["Retry-After"]) <= 61
    other = issue(scopes=["werkgevers:lezen"], per_minuut=3)
    assert other.get("/api/v1/werkgevers").status_code == 200  # the limit is per client


def test_the_public_operations_need_no_token():
    assert Client().get("/api/v1/indicatoren").status_code == 200
    assert Client().get("/api/v1/").status_code == 200
