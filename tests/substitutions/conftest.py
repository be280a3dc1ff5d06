# SPDX-License-Identifier: EUPL-1.2
"""The small office of the workspace tests (one team, two coaches, a user per role) and its
browser page."""

from tests.web.conftest import login, office, pinned_today  # noqa: F401  (fixtures)
from tests.web.test_browser import browser_page  # noqa: F401  (fixture)
