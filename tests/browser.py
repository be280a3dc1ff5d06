# SPDX-License-Identifier: EUPL-1.2
"""Shared browser-test support: Debian's chromium through Playwright, and the axe-core check."""

import os
from contextlib import contextmanager
from pathlib import Path

AXE = Path(__file__).parent / "web" / "vendor" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextmanager
def chromium(**context_options):
    """A headless chromium context that honours the pages' Content-Security-Policy (a chart
    that needs eval must fail here as it would for a resident)."""
    from playwright.sync_api import sync_playwright

    with async_guard_off(), sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser.new_context(locale="nl-NL", **context_options)
        finally:
            browser.close()


@contextmanager
def async_guard_off():
    """Playwright's sync API keeps an event loop in the test thread, where Django's async guard
    would refuse the test's own ORM calls and the database flush after it. The guard is off
    only while a browser runs and is then restored as it was, so no test depends on which
    browser test ran before it in the same process (pytest-xdist runs them in any order)."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def serious_violations(page) -> list[str]:
    """axe-core's serious or critical WCAG 2.1 A/AA violations on the current page."""
    page.evaluate(AXE.read_text(encoding="utf-8"))  # the test's own evaluation: not under CSP
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
