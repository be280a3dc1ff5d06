# SPDX-License-Identifier: EUPL-1.2
"""Every test that reads the default demo city (scale 1, built once per module by the `city`
fixture) is marked `slow`; the PostgreSQL run of CI leaves them out (.ci/run): the same seed
gives the same rows on either database, and writing a city to PostgreSQL is tested by the
small builds of tests/demo/test_builds.py."""

import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if "city" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)
