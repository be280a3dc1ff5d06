# SPDX-License-Identifier: EUPL-1.2
"""The small office of the workspace tests (one team, two coaches, a user per role) and its
browser page."""

from tests.web.conftest import browser_page, login, office, pinned_today  # noqa: F401  (fixtures)
