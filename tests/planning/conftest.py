# SPDX-License-Identifier: EUPL-1.2
"""The small office of the workspace tests (tests/web/conftest.py), with today pinned."""

from tests.web.conftest import login, office, pinned_today  # noqa: F401
