# SPDX-License-Identifier: EUPL-1.2
"""The page walk: every page, for every role and anonymously, at 1,280 and 390 px wide in
Debian's chromium: axe-clean (WCAG 2.1 A/AA, every impact), no sideways scrolling, the
theme's own font on the headings, one button style, date fields the browser keeps, no
Content-Security-Policy violation, and no internal note on a page anyone can open.

The pages come from the URL patterns (tests/pages.py): a page added later is walked too.
The roles are walked by the tests/web/test_every_page_*.py modules, a group each (GROUPS),
so that the test runner's workers share them.
axe is the slow part: a page whose main content and whose frame were both checked already
(in this role or another, on either worker, words of text aside) is not run through axe
again; a page whose html was checked already (the login page met again) is not checked again
at all; the cheap checks run on every other page.
"""

import hashlib
import json
import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.browser import (
    chromium,
    horizontal_overflow,
    offset_from_top,
    rejected_dates,
    resize,
    violations,
)
from tests.browser import (
    log_in as browser_log_in,
)
from tests.pages import build_scene, page_urls
from werkspoor.web import roles

WIDTHS = (1280, 390)
ANONYMOUS = "anoniem"
# Groups of about equal walking time, one test module each.
GROUPS = {
    "public": (ANONYMOUS, roles.BELEID, roles.CONSULENT, roles.FUNCTIONEEL_BEHEER),
    "werkplek": (roles.WERKCOACH, roles.TEAMLEIDER, roles.BEDRIJFSADVISEUR),
    "themes": (
        roles.SCHULDHULPVERLENER,
        roles.INBURGERINGSCONSULENT,
        roles.PRIVACYFUNCTIONARIS,
    ),
}
INTERNAL_NOTES = ("[ONBEVESTIGD", "seed 0", "(seed")


class _Findings:
    """Findings per key, shared by the roles' tests: in this process, and through a folder
    of this test run (walk's fixture sets it) with the other workers of pytest-xdist, so a
    part or page one worker checked is not checked again by the other. Only within one run:
    the folder is named after the run's own id."""

    folder: Path | None = None

    def __init__(self, name: str):
        self.name = name
        self.known: dict = {}

    def _file(self, key) -> Path | None:
        if self.folder is None:
            return None
        return self.folder / f"{self.name}-{hashlib.sha256(repr(key).encode()).hexdigest()}"

    def __contains__(self, key) -> bool:
        if key in self.known:
            return True
        file = self._file(key)
        if file is None or not file.exists():
            return False
        self.known[key] = json.loads(file.read_text(encoding="utf-8"))
        return True

    def __getitem__(self, key):
        if key not in self:
            raise KeyError(key)
        return self.known[key]

    def __setitem__(self, key, value) -> None:
        self.known[key] = value
        file = self._file(key)
        if file is not None:
            part = file.with_name(f"{file.name}.{os.getpid()}")
            part.write_text(json.dumps(value), encoding="utf-8")
            part.replace(file)  # whole or not at all for the other worker


# (part, html hash, width) -> the axe problems found there.
_AXE_DONE = _Findings("axe")
# The page's main content and its frame (header, navigation, footer) as axe sees them:
# every text reduced to whether it is empty. axe's WCAG rules look at structure, attributes,
# styles and whether a name or heading is empty, not at which words a text has: the
# "no access" pages of one role, which differ only in their message, get one axe run.
# (The cheap checks, sideways scrolling among them, still run on every distinct page.)
_PARTS = """() => {
  const skeleton = (element) => {
    const copy = element.cloneNode(true);
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      node.nodeValue = node.nodeValue.trim() ? 'T' : '';
    return copy.outerHTML;
  };
  return {
    main: skeleton(document.querySelector('main') || document.body),
    frame: Array.from(document.querySelectorAll('body > * > :not(main)')).map(skeleton).join('')
  };
}"""
# Set WERKSPOOR_WALK_SCREENSHOTS=<folder> to keep a full-page screenshot of every page, per
# role and width, for a person to look at.
SHOTS = os.environ.get("WERKSPOOR_WALK_SCREENSHOTS")
_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')
# Where a login page sends one back to: the only part of the many login and "no access"
# pages a role meets that differs from one to the next, and never drawn.
_RETURN_TO = re.compile(r'(name="next" value="|[?&]next=)[^"&]*')
# (page html hash, public) -> the problems found on it at both widths.
_PAGE_DONE = _Findings("page")

_LOOK = """(family) => {
  const heading = document.querySelector('main h1, h1');
  const loaded = Array.from(document.fonts)
    .some(f => f.family.replace(/["']/g, '') === family && f.status === 'loaded');
  const buttons = Array.from(document.querySelectorAll(
      'button, input[type=submit], a.utrecht-button-link'))
    .filter(b => b.offsetParent !== null)
    .map(b => { const s = getComputedStyle(b); return `${s.fontFamily} | ${s.borderRadius}`; });
  return {
    heading: heading ? getComputedStyle(heading).fontFamily : null,
    loaded: loaded,
    buttonStyles: Array.from(new Set(buttons)),
  };
}"""


@pytest.fixture
def walk(live_server, build, office, settings, tmp_path_factory):
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    if run:  # the workers' temporary folders share this parent
        _Findings.folder = tmp_path_factory.getbasetemp().parent / f"page-walk-{run}"
        _Findings.folder.mkdir(exist_ok=True)

    scene = build_scene(build, office)
    urls = list(page_urls(scene))
    with chromium(viewport={"width": WIDTHS[0], "height": 900}) as context:
        yield context, live_server.url, urls, office


def _log_in(page, base, username):
    browser_log_in(page, base, username)


def _axe(page, width: int) -> list[str]:
    parts = page.evaluate(_PARTS)
    keys = [
        (name, hashlib.sha256(_TOKEN.sub("", html).encode()).hexdigest(), width)
        for name, html in parts.items()
    ]
    if all(key in _AXE_DONE for key in keys):
        return _AXE_DONE[keys[0]]
    problems = [f"axe: {v}" for v in violations(page)]
    for key in keys:
        _AXE_DONE[key] = problems
    return problems


def _problems_on(page, width: int, family: str, public: bool) -> list[str]:
    problems = _axe(page, width)
    problems += [f"scrolls sideways: {o}" for o in horizontal_overflow(page)[:1]]
    problems += [f"date field not kept: {d}" for d in rejected_dates(page)]
    look = page.evaluate(_LOOK, family)
    if look["heading"] is not None and not look["heading"].startswith(f'"{family}"'):
        problems.append(f"heading font is {look['heading']}, not the theme's {family}")
    if not look["loaded"]:
        problems.append(f"the theme's font {family} was not loaded")
    if top := offset_from_top(page):
        problems.append(f"the page starts {top:g} px below the top of the window")
    if len(look["buttonStyles"]) > 1:
        problems.append(f"more than one button style: {look['buttonStyles']}")
    if public:
        text = page.inner_text("body")
        problems += [f"internal note on a public page: {n}" for n in INTERNAL_NOTES if n in text]
    return problems


def walk_every_page(walk, role):
    """Fails with every problem found on every page the role can reach."""
    from werkspoor.themes.services import current_thema

    context, base, urls, office = walk
    family = current_thema().koppen.familie
    page = context.new_page()
    # The dashboard computes its quarter on the first request; on a busy machine (CI, shared
    # cores) that exceeded Playwright's 30 s default.
    page.set_default_navigation_timeout(180_000)
    console_errors = []
    page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: console_errors.append(str(e)))
    if role != ANONYMOUS:
        _log_in(page, base, office.users[role].username)
    failures = []
    width_now = WIDTHS[0]
    for url in urls:
        console_errors.clear()
        try:
            response = page.goto(base + url)
        except PlaywrightError as error:
            if "ERR_HTTP_RESPONSE_CODE_FAILURE" not in str(error):
                raise
            page.goto("about:blank")  # leave chrome's error page before the next URL
            continue  # an error status without a body: a POST-only action, not a page
        if "text/html" not in (response.headers.get("content-type") or ""):
            continue
        page.evaluate("async () => { await document.fonts.ready; }")
        public = role == ANONYMOUS
        seen = _page_key(page, public)
        if seen in _PAGE_DONE and not SHOTS:
            # The same html was checked at both widths already (the login page met again,
            # or a role's n-th "no access"): the same html gives the same findings.
            failures += [f"{url} at {w} px ({response.status}): {p}" for w, p in _PAGE_DONE[seen]]
        else:
            found, width_now = _check_at_both_widths(page, url, role, family, width_now)
            _PAGE_DONE[seen] = found
            failures += [f"{url} at {w} px ({response.status}): {p}" for w, p in found]
        blocked = [e for e in console_errors if "Content Security Policy" in e or "Refused" in e]
        failures += [f"{url}: {e}" for e in blocked]
    assert failures == [], "\n".join(failures)


def _page_key(page, public: bool) -> tuple[str, bool]:
    html = _RETURN_TO.sub(r"\1", _TOKEN.sub("", page.content()))
    return hashlib.sha256(html.encode()).hexdigest(), public


def _check_at_both_widths(page, url, role, family, width_now) -> tuple[list, int]:
    """(width, problem) of the page at both widths, and the width it was left at."""
    found = []
    # The width the previous page ended at first: a resize costs more than any check.
    for width in sorted(WIDTHS, key=lambda w: w != width_now):
        if width != width_now:
            resize(page, width)
            width_now = width
        if SHOTS:
            name = re.sub(r"[^a-z0-9]+", "-", url.lower()).strip("-") or "start"
            page.screenshot(path=f"{SHOTS}/{role}-{name[:80]}-{width}.png", full_page=True)
        found += [(width, p) for p in _problems_on(page, width, family, role == ANONYMOUS)]
    return found, width_now
