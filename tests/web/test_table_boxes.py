# SPDX-License-Identifier: EUPL-1.2
"""tabellen.js: a table box that scrolls sideways can be reached with the keyboard (WCAG
2.1.1, axe's scrollable-region-focusable), at whatever width the window has now; a box the
page itself declared a region stays one at every width."""

from pathlib import Path

import pytest

import werkspoor
from tests.browser import chromium, resize

pytestmark = pytest.mark.browser

SCRIPT = Path(werkspoor.__file__).parent / "web" / "static" / "web" / "tabellen.js"
PAGE = """<!doctype html><html lang="nl"><body><main>
<div class="ws-table-wrap" tabindex="0" role="region" aria-label="Uitkeringen">
  <table><caption>Uitkeringen</caption><tr><td>PW</td></tr></table>
</div>
<div class="ws-table-wrap" id="plain" style="overflow-x: auto">
  <table style="width: 800px"><caption>Aanmeldingen</caption><tr><td>x</td></tr></table>
</div>
</main></body></html>"""
STATE = """() => Array.from(document.querySelectorAll('.ws-table-wrap')).map(box =>
  ['tabindex', 'role', 'aria-label'].map(name => box.getAttribute(name)))"""


@pytest.fixture
def page():
    with chromium(viewport={"width": 1280, "height": 900}) as context:
        page = context.new_page()
        page.set_content(PAGE)
        page.add_script_tag(path=str(SCRIPT))
        # The script enhances what htmx swaps in; the document itself was loaded before it.
        page.evaluate(
            "document.dispatchEvent(new CustomEvent('htmx:load',"
            " {detail: {elt: document.querySelector('main')}}))"
        )
        yield page


def test_a_wide_box_becomes_a_named_region_only_while_it_scrolls(page):
    declared, plain = page.evaluate(STATE)
    assert plain == [None, None, None]  # fits at 1280
    resize(page, 390)
    declared, plain = page.evaluate(STATE)
    assert plain == ["0", "region", "Aanmeldingen (schuif opzij voor meer kolommen)"]
    resize(page, 1280)
    assert page.evaluate(STATE)[1] == [None, None, None]


def test_a_region_the_page_declared_stays_focusable_at_every_width(page):
    for width in (1280, 390, 1280):
        resize(page, width)
        assert page.evaluate(STATE)[0] == ["0", "region", "Uitkeringen"]
