# SPDX-License-Identifier: EUPL-1.2
"""API test support: clients issued as beheer would, tokens from the real token endpoint,
and a small caller that sends the bearer token."""

from __future__ import annotations

import base64
import itertools
import json
from dataclasses import dataclass, field

import pytest
from django.test import Client

from werkspoor.api.scopes import all_scopes
from werkspoor.api.services import issue_client

_names = itertools.count(1)


@pytest.fixture(autouse=True)
def fast_hashing(settings):
    # Client secrets are hashed like passwords; tests need no slow hashing.
    settings.WERKSPOOR_VANDAAG = "2024-06-03"


def request_token(client_id: str, secret: str, scope: str | None = None):
    basic = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
    data = {"grant_type": "client_credentials"}
    if scope is not None:
        data["scope"] = scope
    return Client().post("/oauth/token", data, HTTP_AUTHORIZATION=f"Basic {basic}")


@dataclass
class Caller:
    token: str
    client: object
    headers: dict
    http: Client = field(default_factory=Client)  # one handler: middleware loads once

    def _call(self, method, path, body=None, **params):
        http = self.http
        kwargs = {"HTTP_AUTHORIZATION": f"Bearer {self.token}", **self.headers}
        if method == "get":
            return http.get(path, params, **kwargs)
        return getattr(http, method)(
            path, json.dumps(body), content_type="application/json", **kwargs
        )

    def get(self, path, **params):
        return self._call("get", path, **params)

    def post(self, path, body):
        return self._call("post", path, body)

    def patch(self, path, body):
        return self._call("patch", path, body)


@pytest.fixture
def issue(db):
    def _issue(scopes=None, per_minuut=100_000, headers=None) -> Caller:
        credential = issue_client(
            f"Testsysteem {next(_names)}",
            list(all_scopes()) if scopes is None else scopes,
            None,
            per_minuut=per_minuut,
        )
        response = request_token(credential.client_id, credential.client_secret)
        assert response.status_code == 200, response.content
        return Caller(response.json()["access_token"], credential.client, headers or {})

    return _issue


@pytest.fixture
def api(issue) -> Caller:
    """A client with every scope."""
    return issue()


@pytest.fixture
def live_app(live_server):
    """The live server (its audit log is emptied before the flush: tests/conftest.py)."""
    return live_server


def screenshot(page, name: str) -> None:
    """Keep a screenshot when WERKSPOOR_SCREENSHOTS names a folder (for looking at pages)."""
    import os

    folder = os.environ.get("WERKSPOOR_SCREENSHOTS")
    if folder:
        page.screenshot(path=f"{folder}/{name}.png", full_page=True)


def no_horizontal_scroll(page) -> bool:
    """The page's own content fits its column (the shared header and footer are the
    layout's: at 390 px the shared navigation is still wider than the window)."""
    main = page.locator("main")
    scroll_width, client_width = main.evaluate("m => [m.scrollWidth, m.clientWidth]")
    return scroll_width <= client_width
