# SPDX-License-Identifier: EUPL-1.2
"""The OpenAPI document: public, open to every origin, versioned, without any BSN in a URI,
and passing the Logius API Design Rules linter (Spectral with the ADR ruleset)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from django.test import Client

from werkspoor.api.versioning import API_VERSION

SPECTRAL_DIR = Path(__file__).parent / "spectral"
SPECTRAL = SPECTRAL_DIR / "node_modules" / ".bin" / "spectral"
KEBAB = re.compile(r"^(/|(/[a-z0-9-]+|/\{[A-Za-z]+\})*(/_[a-z]+)?)$")
CAMEL = re.compile(r"^[a-z][a-zA-Z0-9]*$")

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def document(django_db_setup, django_db_blocker) -> dict:
    with django_db_blocker.unblock():
        response = Client().get("/api/v1/openapi.json", HTTP_ORIGIN="https://elders.example")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["API-Version"] == API_VERSION
    return response.json()


def test_the_document_is_openapi_3_with_semver_and_the_major_version_in_the_server(document):
    assert document["openapi"].startswith("3.")
    assert document["info"]["version"] == API_VERSION
    assert document["servers"][0]["url"].endswith("/v1")
    assert {"name", "email", "url"} <= set(document["info"]["contact"])


def test_paths_are_kebab_case_without_trailing_slash(document):
    for path in set(document["paths"]) - {"/openapi.json"}:  # the standard's own name
        assert KEBAB.match(path), path


def test_no_bsn_in_any_path_or_query_parameter(document):
    for path, operations in document["paths"].items():
        assert "bsn" not in path.lower()
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                assert "bsn" not in parameter["name"].lower(), (path, parameter)
                if parameter["in"] == "query":
                    assert CAMEL.match(parameter["name"]), parameter["name"]


def test_every_error_response_is_problem_json(document):
    for operations in document["paths"].values():
        for operation in operations.values():
            for code, response in operation["responses"].items():
                if code[0] in "45":
                    assert list(response["content"]) == ["application/problem+json"]
                else:
                    assert "API-Version" in response["headers"]


def test_every_operation_but_the_public_ones_names_its_scope(document):
    public = {"/", "/openapi.json", "/rekenhulp", "/verwerkingsactiviteiten"}
    for path, operations in document["paths"].items():
        for operation in operations.values():
            needs = [s for req in operation["security"] for s in req.get("clientCredentials", [])]
            if path in public or path.startswith("/indicatoren"):
                assert not needs, path
            else:
                assert needs and all(":" in s for s in needs), path


def test_the_api_design_rules_linter_finds_no_error(document, tmp_path):
    assert SPECTRAL.exists(), "Spectral ontbreekt: draai de tests met bash scripts/test.sh"
    target = tmp_path / "openapi.json"
    target.write_text(json.dumps(document), encoding="utf-8")
    result = subprocess.run(
        [
            str(SPECTRAL),
            "lint",
            "--ruleset",
            str(SPECTRAL_DIR / "adr-ruleset.yaml"),
            "--fail-severity",
            "error",
            "--format",
            "text",
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert " error " not in result.stdout


def test_a_trailing_slash_is_404_not_a_redirect():
    response = Client().get("/api/v1/indicatoren/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_a_cors_preflight_is_answered_for_an_allowed_origin_only(settings):
    settings.WERKSPOOR_API_CORS_ORIGINS = ["https://portaal.example"]
    preflight = {"HTTP_ACCESS_CONTROL_REQUEST_METHOD": "GET"}
    allowed = Client().options(
        "/api/v1/inwoners", HTTP_ORIGIN="https://portaal.example", **preflight
    )
    assert allowed.status_code == 204
    assert allowed["Access-Control-Allow-Origin"] == "https://portaal.example"
    other = Client().options("/api/v1/inwoners", HTTP_ORIGIN="https://elders.example", **preflight)
    assert "Access-Control-Allow-Origin" not in other


def test_api_responses_are_not_cached():
    response = Client().get("/api/v1/indicatoren")
    assert response["Cache-Control"] == "no-store"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
