# SPDX-License-Identifier: EUPL-1.2
"""Shared browser-test support: Debian's chromium through Playwright, and the axe-core check."""

import os
from contextlib import contextmanager
from pathlib import Path

# The password of every test user (tests/builders.py).
PASSWORD = "Geheim-wachtwoord-42"
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


def follow(page, link):
    """Click a link and wait until the next page is there: a check that runs in between
    would see a document without a body."""
    with page.expect_navigation():
        link.click()


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


def violations(page, impacts: tuple[str, ...] | None = None) -> list[str]:
    """axe-core's WCAG 2.1 A/AA violations on the current page, of the given impacts (all
    when None). axe is loaded by the test itself, so the page's CSP does not apply to it."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if impacts is None or v["impact"] in impacts
    ]


def serious_violations(page) -> list[str]:
    """axe-core's serious or critical WCAG 2.1 A/AA violations on the current page."""
    return violations(page, ("serious", "critical"))


_OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width) return [];
  const culprits = [];
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    if (box.right <= width + 1 || box.width === 0) continue;
    let clipped = false;
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== 'visible') { clipped = true; break; }
    }
    const name = `${el.tagName.toLowerCase()}.${el.className}`;
    if (!clipped) culprits.push(`${name} (${Math.round(box.right)} px)`);
  }
  return [`${document.documentElement.scrollWidth} px wide at ${width} px`, ...culprits.slice(-5)];
}"""


NEXT_FRAME = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def resize(page, width: int, height: int = 900) -> None:
    """The viewport at `width`, once the page's own resize handlers and observers have run
    (tabellen.js marks a table box that starts to scroll as a focusable region then)."""
    page.set_viewport_size({"width": width, "height": height})
    page.evaluate(NEXT_FRAME)


def offset_from_top(page) -> float:
    """How far below the top of the document the body starts: 0 unless a margin lands on
    <html> or <body> (a class meant for a section, also worn by the root element)."""
    return page.evaluate("() => document.body.getBoundingClientRect().top + window.scrollY")


def horizontal_overflow(page) -> list[str]:
    """Empty when the page does not scroll sideways; else its width and the widest culprits."""
    return page.evaluate(_OVERFLOW)


def rejected_dates(page) -> list[str]:
    """Date fields whose value the browser threw away (a value not in ISO 8601 looks empty)."""
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('input[type=date]'))
             .filter(i => i.getAttribute('value') && !i.value)
             .map(i => `${i.name}=${i.getAttribute('value')}`)"""
    )


def log_in(page, base: str, username: str, password: str = PASSWORD) -> None:
    """Log in through the form and wait until the role's start page (web/start_pages.py)
    is reached, wherever that is."""
    page.goto(base + "/accounts/login/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
