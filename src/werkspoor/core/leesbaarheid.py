# SPDX-License-Identifier: EUPL-1.2
"""How easy a Dutch text is to read: the Flesch-Douma score, for texts residents read.

Flesch-Douma (W.H. Douma, 1960, Flesch's reading ease adapted to Dutch):
    206,84 - 0,77 x (lettergrepen per 100 woorden) - 0,93 x (woorden per zin).
Douma's table: 60-70 'normaal' (lower secondary education), 70-80 'tamelijk gemakkelijk',
below 60 harder. A formula sees only word and sentence length, not whether the words are
known; it is a floor under plain language (B1), not proof of it.

Counting: words are runs of letters (numbers and amounts are left out: they are read as
figures, not as prose); syllables are the larger of Dutch hyphenation (pyphen, nl_NL) and the
number of vowel groups, because hyphenation never splits off one letter at a word's edge
('even', 'april'); a sentence ends at . ! ? or at the end of a block (a label, a heading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^a-zà-ÿ])")
VOWELS = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]+")
DIAERESIS = re.compile(r"(?=[ëïöüä])")
BLOCKS = {
    "p", "li", "dt", "dd", "label", "legend", "caption", "figcaption", "h1", "h2", "h3",
    "h4", "h5", "h6", "div", "section", "td", "th", "title", "button", "option", "summary",
}  # fmt: skip
SKIPPED = {"script", "style", "svg", "table", "select", "head", "code"}


@cache
def _hyphenator():
    import pyphen

    return pyphen.Pyphen(lang="nl_NL")


def lettergrepen(woord: str) -> int:
    lower = woord.lower().replace("ij", "y")
    groups = sum(
        len(DIAERESIS.split(g)) - (1 if DIAERESIS.match(g) else 0) for g in VOWELS.findall(lower)
    )
    return max(1, groups, len(_hyphenator().positions(woord)) + 1)


def woorden(tekst: str) -> list[str]:
    return WORD.findall(tekst)


def zinnen(blok: str) -> list[str]:
    return [z for z in (s.strip() for s in SENTENCE_END.split(blok)) if woorden(z)]


@dataclass(frozen=True)
class Leesbaarheid:
    zinnen: int
    woorden: int
    lettergrepen: int
    langste_zin: str

    @property
    def flesch_douma(self) -> float:
        per_100 = 100 * self.lettergrepen / self.woorden
        return 206.84 - 0.77 * per_100 - 0.93 * (self.woorden / self.zinnen)

    @property
    def woorden_per_zin(self) -> float:
        return self.woorden / self.zinnen


def meet(blokken: list[str]) -> Leesbaarheid:
    """The score of a text given as blocks (each block ends at least one sentence)."""
    alle_zinnen = [z for blok in blokken for z in zinnen(blok)]
    alle_woorden = [w for z in alle_zinnen for w in woorden(z)]
    if not alle_woorden:
        raise ValueError("Geen tekst om te meten.")
    return Leesbaarheid(
        zinnen=len(alle_zinnen),
        woorden=len(alle_woorden),
        lettergrepen=sum(lettergrepen(w) for w in alle_woorden),
        langste_zin=max(alle_zinnen, key=lambda z: len(woorden(z))),
    )


class _Blocks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skipping = 0

    def _close_block(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED:
            self.skipping += 1
        elif tag in BLOCKS or tag == "br":
            self._close_block()

    def handle_endtag(self, tag):
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS:
            self._close_block()

    def handle_data(self, data):
        if not self.skipping:
            self.current.append(data)


def tekstblokken(html: str) -> list[str]:
    """The readable text of an HTML fragment, one string per block; tables, charts, code and
    the options of a list box are left out (figures and names, not prose)."""
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    parser._close_block()
    return parser.blocks
