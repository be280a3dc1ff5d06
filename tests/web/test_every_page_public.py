# SPDX-License-Identifier: EUPL-1.2
"""The page walk (tests/web/page_walk.py) for the roles of group "public"."""

import pytest

from tests.web.page_walk import ANONYMOUS, GROUPS, walk, walk_every_page  # noqa: F401
from werkspoor.web import roles

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("role", GROUPS["public"])
def test_every_page_is_accessible_and_fits_at_both_widths(walk, role):  # noqa: F811
    walk_every_page(walk, role)


def test_the_groups_walk_every_role_once():
    walked = [role for group in GROUPS.values() for role in group]
    assert sorted(walked) == sorted([ANONYMOUS, *roles.ROLES])
