# SPDX-License-Identifier: EUPL-1.2
"""Today pinned at Monday 2024-06-03 for the werkplek tests; fast password hashing."""

from datetime import date

import pytest

VANDAAG = date(2024, 6, 3)


@pytest.fixture(autouse=True)
def pinned_today(settings):
    settings.WERKSPOOR_VANDAAG = VANDAAG.isoformat()
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return VANDAAG
