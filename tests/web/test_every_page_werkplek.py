# SPDX-License-Identifier: EUPL-1.2
"""The page walk (tests/web/page_walk.py) for the roles of group "werkplek"."""

import pytest

from tests.web.page_walk import GROUPS, walk, walk_every_page  # noqa: F401 (walk: fixture)

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("role", GROUPS["werkplek"])
def test_every_page_is_accessible_and_fits_at_both_widths(walk, role):  # noqa: F811
    walk_every_page(walk, role)
