# SPDX-License-Identifier: EUPL-1.2
"""The calculator's texts in plain Dutch (B1), measured with the Flesch-Douma formula
(werkspoor.core.leesbaarheid) on the page as residents see it, in several situations.

Thresholds (Douma's table, as reproduced in the DBNL and in nl.wikipedia 'Leesbaarheid'):
- the whole page at least 70, 'tamelijk gemakkelijk';
- every paragraph of 12 words or more at least 60, 'normaal': the band of lower secondary
  education, where B1 lies. A single paragraph gets this lower bar because one sentence's
  score moves a lot with one long word;
- no sentence longer than 20 words (our own rule, an assumption: the formula averages, so one
  long sentence among short ones would pass).
The old page, with its internal source notes, scored 63 on the whole result page.
"""

import pytest
from django.urls import reverse

from werkspoor.core.leesbaarheid import lettergrepen, meet, tekstblokken, woorden, zinnen

PAGE_MINIMUM = 70
PARAGRAPH_MINIMUM = 60
PARAGRAPH_WORDS = 12
LONGEST_SENTENCE = 20

SITUATIONS = {
    "leeg formulier": {},
    "alleenstaande met werk, lang laag inkomen": {
        "huishouden": "alleenstaande",
        "leeftijd": "35",
        "huisgenoten": "0",
        "netto_loon": "900",
        "uren_per_week": "20",
        "startmaand": "2025-09-01",
        "laag_inkomen_sinds": "2019-01-01",
    },
    "alleenstaande ouder": {
        "huishouden": "alleenstaande_ouder",
        "leeftijd": "34",
        "kind_onder_12": "on",
        "huisgenoten": "0",
        "netto_loon": "900",
        "uren_per_week": "20",
        "startmaand": "2025-03-01",
    },
    "jongere met medische beperking die studeert": {
        "huishouden": "alleenstaande",
        "leeftijd": "22",
        "huisgenoten": "1",
        "netto_loon": "400",
        "startmaand": "2025-03-01",
        "medisch": "on",
        "student": "on",
    },
    "antwoorden ontbreken": {"huishouden": "gehuwden", "leeftijd": "30"},
}


def _blocks(client, query) -> list[str]:
    html = client.get(reverse("rules:rekenhulp"), query).content.decode()
    return tekstblokken(html[html.index("<main") : html.index("</main>")])


def test_syllables_follow_dutch_hyphenation_and_vowel_groups():
    assert [lettergrepen(w) for w in ["maand", "even", "april", "situatie", "beëindigd"]] == [
        1,
        2,
        2,
        4,
        3,
    ]
    assert lettergrepen("studiefinanciering") == 6  # stu-die-fi-nan-cie-ring


def test_flesch_douma_by_hand():
    """'U krijgt geld. Dat is fijn.': 2 sentences, 6 words, 6 syllables.
    206,84 - 0,77 x 100 - 0,93 x 3 = 127,05."""
    score = meet(["U krijgt geld. Dat is fijn."])
    assert (score.zinnen, score.woorden, score.lettergrepen) == (2, 6, 6)
    assert score.flesch_douma == pytest.approx(127.05)


def test_sentences_end_at_punctuation_and_amounts_are_not_words():
    assert zinnen("U krijgt € 1.594,06. Dat is meer dan nu.") == [
        "U krijgt € 1.594,06.",
        "Dat is meer dan nu.",
    ]
    assert woorden("U krijgt € 1.594,06 per maand") == ["U", "krijgt", "per", "maand"]


def test_tables_and_charts_are_not_measured_as_prose():
    html = "<p>Uw geld.</p><table><tr><td>Septemberloon</td></tr></table><svg><text>x</text></svg>"
    assert tekstblokken(html) == ["Uw geld."]


@pytest.mark.parametrize("situation", SITUATIONS)
def test_the_page_is_plain_dutch(client, situation):
    blocks = _blocks(client, SITUATIONS[situation])
    page = meet(blocks)
    assert page.flesch_douma >= PAGE_MINIMUM, f"{page.flesch_douma:.0f}: {page}"
    hard = [
        f"{meet([b]).flesch_douma:.0f}: {b}"
        for b in blocks
        if len(woorden(b)) >= PARAGRAPH_WORDS and meet([b]).flesch_douma < PARAGRAPH_MINIMUM
    ]
    assert hard == []
    too_long = [z for b in blocks for z in zinnen(b) if len(woorden(z)) > LONGEST_SENTENCE]
    assert too_long == []


def test_a_hard_text_fails_the_threshold():
    """The check can fail: a sentence in the style of the old source notes."""
    hard = (
        "Uitvoeringsregeling Invorderingswet 1990 artikel 16, derde lid: gemeenten mogen "
        "kwijtschelding verlenen tot honderd procent van de toepasselijke bijstandsnorm."
    )
    assert meet([hard]).flesch_douma < PARAGRAPH_MINIMUM
