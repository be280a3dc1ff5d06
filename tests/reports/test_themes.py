# SPDX-License-Identifier: EUPL-1.2
"""The theme sections of the Dashboard and Monitor: effect indicator first, then its three
prestatie-indicatoren, then the theme's other figures; published figures only."""

from datetime import date

import pytest

from werkspoor.core.periods import Quarter
from werkspoor.reports import store, themes
from werkspoor.reports.services import figures_for


@pytest.fixture
def precomputed_2024q2(settings):
    """Precomputed as after an import, the registry complete from 2022 up to 2024Q2 (the
    theme fixtures register no benefits, from which the horizon would be derived)."""
    settings.WERKSPOOR_EERSTE_DATUM = "2022-01-01"
    settings.WERKSPOOR_STAND = "2024-06-30"

    def precompute():
        store.forget_parsed()
        store.precompute()
        return store.current()

    return precompute


@pytest.fixture(autouse=True)
def fresh_store(settings):
    store.forget_parsed()
    yield
    store.forget_parsed()


@pytest.fixture
def schulden(build):
    """Twelve residents registered in 2024Q1, each with a first talk after 10 days; six
    of them end as schuldenvrij, six drop out, all in 2024Q2."""
    for n in range(12):
        person = build.inwoner(wijk="Overvecht")
        build.schuldhulp(
            person,
            date(2024, 1, 8 + n),
            eerste_gesprek=date(2024, 1, 18 + n),
            einddatum=date(2024, 5, 1),
            resultaat="schuldenvrij" if n % 2 else "uitgevallen",
        )


def test_each_theme_starts_with_its_effect_and_the_three_linked_prestaties(
    schulden, precomputed_2024q2
):
    stored = precomputed_2024q2()
    sections = themes.theme_sections(figures_for(stored, Quarter(2024, 2), drempel=0))
    assert [s.thema for s in sections] == ["Armoede", "Schuldhulpverlening", "Inburgering"]
    schuld = sections[1]
    assert [c.indicator.id for c in schuld.dashboard] == [
        "schuldhulp.schuldenvrij",
        "schuldhulp.aanmeldingen",
        "schuldhulp.tijdig",
        "vroegsignalering.bereikt",
    ]
    assert schuld.effect.tekst == "50,0%"
    monitor = {c.indicator.id: c for c in schuld.cijfers if c.rol == "monitor"}
    assert "schuldhulp.wachttijd" in monitor and "schuldhulp.lopend" in monitor
    afgesloten = monitor["schuldhulp.afgesloten"]
    assert afgesloten.tekst == "12"
    name, values = afgesloten.uitsplitsing[0]
    assert name == "resultaat"
    assert dict(values) == {
        "schuldenvrij": "6",
        "stabiel": "0",
        "uitgevallen": "6",
        "doorverwezen": "0",
        "overig": "0",
    }
    assert sections[2].effect.indicator.id == "inburgering.voldaan"
    assert [c.indicator.id for c in sections[0].dashboard] == [
        "armoede.bereik",
        "armoede.toekenningen",
        "armoede.upas_houders",
        "armoede.upas_besteding",
    ]


def test_the_public_dashboard_shows_the_sections_with_disclosure_control(
    client, schulden, precomputed_2024q2
):
    precomputed_2024q2()
    html = client.get("/dashboard/2024Q2/").content.decode()
    assert 'id="thema-schuldhulpverlening"' in html and 'id="thema-inburgering"' in html
    assert html.index("Schuldhulp beëindigd met schuldenvrij") < html.index(
        "Aanmeldingen voor schuldhulp"
    )
    # 6 of 12 ended residents: the share rests on 6 persons, below the threshold of 10.
    assert "Monitor Schuldhulpverlening — 2024Q2" in html
