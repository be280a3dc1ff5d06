# SPDX-License-Identifier: EUPL-1.2
"""The small office with the theme roles (tests/theme_office.py)."""

from tests.theme_browser import themed_page  # noqa: F401
from tests.theme_office import (  # noqa: F401
    VANDAAG,
    ThemeOffice,
    login,
    office,
    pinned_today,
    themes,
)
