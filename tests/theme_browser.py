# SPDX-License-Identifier: EUPL-1.2
"""Browser support for the theme work lists: a logged-in page at a given width, the axe check,
no sideways scrolling, and screenshots to look at (WERKSPOOR_SCREENSHOTS=folder)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.browser import (
    chromium,
    serious_violations,
)
from tests.browser import (
    log_in as browser_log_in,
)

WIDTHS = {"breed": (1280, 900), "smal": (390, 844)}


@pytest.fixture(params=list(WIDTHS), ids=list(WIDTHS))
def themed_page(request, live_server, themes, settings):

    guard = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # the ORM next to Playwright's loop
    width, height = WIDTHS[request.param]
    with chromium(viewport={"width": width, "height": height}) as context:
        page = context.new_page()
        page.base = live_server.url
        page.width_name = request.param
        page.goto(page.base + "/")  # the base layout's own width, which the pages may have
        page.base_overflow = page.evaluate(PAGE_OVERFLOW)
        yield page
    if guard is None:  # as it was: other browser modules switch the guard off for themselves
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = guard


def log_in(page, username: str) -> None:
    browser_log_in(page, page.base, username)


PAGE_OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
# A work list or section table fits without a scrollbar of its own (on a narrow screen its
# rows are cards).
TABLE_OVERFLOW = """() => Array.from(document.querySelectorAll('.ws-worklist'))
  .map(t => t.parentElement.scrollWidth - t.parentElement.clientWidth)"""


def check_page(page, name: str) -> None:
    """No serious axe violation, nothing sideways; a screenshot when asked for."""
    serious = serious_violations(page)
    assert serious == [], f"{page.url}: {serious}"
    overflow = page.evaluate(PAGE_OVERFLOW) - page.base_overflow
    assert overflow <= 0, f"{page.url} is {overflow}px wider than the start page"
    tables = page.evaluate(TABLE_OVERFLOW)
    assert max(tables, default=0) <= 0, f"{page.url}: a table scrolls {tables}px"
    folder = os.environ.get("WERKSPOOR_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}-{page.width_name}.png"), full_page=True)
