# SPDX-License-Identifier: EUPL-1.2
"""The BRP stand-in server, started once for the BRP tests, and settings that point at it."""

from __future__ import annotations

import pytest

from tests.api.conftest import fast_hashing, issue, live_app  # noqa: F401  (shared fixtures)

from .mock_server import API_KEY, BrpMock


@pytest.fixture(scope="session")
def brp_server():
    mock = BrpMock().start()
    yield mock
    mock.stop()


@pytest.fixture
def brp(brp_server, settings):
    settings.WERKSPOOR_BRP_URL = brp_server.url
    settings.WERKSPOOR_BRP_API_KEY = API_KEY
    settings.WERKSPOOR_VANDAAG = "2024-06-03"
    brp_server.requests.clear()
    return brp_server
