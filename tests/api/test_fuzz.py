# SPDX-License-Identifier: EUPL-1.2
"""Schemathesis over every operation of the published OpenAPI document (a bounded number of
generated requests each, through the WSGI application): no server error, and every
response (status, content type, headers, body) as the document says."""

from __future__ import annotations

from datetime import date

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from django.db import connection
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from werkspoor.api.views.openapi import openapi_document

EXAMPLES_PER_OPERATION = 10
# The issue asks for this on SQLite; on PostgreSQL (CI's second run) the other API tests run,
# and this one passes too (checked by hand) but would add minutes to CI.
pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="schemathesis draait in CI op SQLite"
)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture
def test_connection_kept():
    """As Django's test client does: the WSGI application must not close the test's database
    connection after each request (that would end the test's transaction on PostgreSQL)."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def bearer(api, build, test_connection_kept) -> dict:
    """A token with every scope, and a few records for the generated ids to find."""
    coach = build.werkcoach("Sanne de Vries")
    for n in range(3):
        inwoner = build.caseload_inwoner(coach, voornaam=f"Inwoner {n}")
        build.doel(inwoner, "werkfit", date(2024, 1, 1))
        build.traject(inwoner, "scholing", date(2024, 1, 1))
        build.contact(inwoner, date(2024, 2, 1))
        werkgever = build.werkgever(naam=f"Werkgever {n}")
        build.vacature(werkgever, startdatum=date(2024, 1, 1))
        build.plaatsing(werkgever, inwoner, date(2024, 3, 1))
    return {"Authorization": f"Bearer {api.token}"}


# Loaded when the module is collected: generating the document needs no database.
schema = schemathesis.openapi.from_dict(openapi_document())
schema.app = get_wsgi_application()


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_every_operation_answers_as_documented(case, bearer):
    case.call_and_validate(headers=bearer, checks=CHECKS)
