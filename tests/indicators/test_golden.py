# SPDX-License-Identifier: EUPL-1.2
"""Golden test: every indicator of the catalogue on the kleine stad (tests/indicators/
kleine_stad.py), worked out by hand. Quarter 2020Q4: F = 2020-10-01, L = 2020-12-31.
No disclosure control here (the engine's raw cells); see test_disclosure.py for that."""

import re
from pathlib import Path

import pytest

from werkspoor.indicators.catalogue import catalogue


def test_every_indicator_of_the_catalogue_is_checked_here():
    """Here, or in the golden test of the app whose registry it counts (tests/<app>/)."""
    names = set(globals())
    for path in Path(__file__).parents[1].glob("*/test_golden.py"):
        names |= set(re.findall(r"^def (test_\w+)", path.read_text(encoding="utf-8"), re.M))
    checked = {name[5:].replace("__", ".") for name in names if name.startswith("test_")}
    assert {i.id for i in catalogue()} <= checked


def test_bijstand__bestand(figures):
    """PW running on L = 2020-12-31: A (since 2019-03-01), C (since 2015) and D (since
    2020-10-15) = 3. B ended per 11-16, F per 10-01, G per 12-15; E is IOAW, I ended in June.
    On 2020-09-30: A, B, C and F (F ends per 10-01, so still running on 09-30) = 4.
    On 2019-12-31: A, B, C, F and I = 5.
    Wijk: Overvecht A = 1, Zuid C + D = 2, West 0. Regeling: PW 3, IOAW E = 1.
    Doelgroep on L: A is 25 (jongere), C structurele arbeidsbeperking, D inburgeraar; none
    has a child under 18 (B does, but B's benefit ended). Age: A 25 (<27), D 30 (27-34),
    C 60 (55+; born 29 February). Arrangement on L: A 3, C 3 (since 11-01), D 1.
    Huishoudtype: A and D alleenstaande, C gehuwden."""
    assert figures("bijstand.bestand") == 3
    assert figures("bijstand.bestand", "2020Q3") == 4
    assert figures("bijstand.bestand", "2019Q4") == 5
    assert figures("bijstand.bestand", wijk="Overvecht") == 1
    assert figures("bijstand.bestand", wijk="Zuid") == 2
    assert figures("bijstand.bestand", wijk="West") == 0
    assert figures("bijstand.bestand", regeling="PW") == 3
    assert figures("bijstand.bestand", regeling="IOAW") == 1
    assert figures("bijstand.bestand", doelgroep="jongere") == 1
    assert figures("bijstand.bestand", doelgroep="gezin_met_kinderen") == 0
    assert figures("bijstand.bestand", doelgroep="structurele_arbeidsbeperking") == 1
    assert figures("bijstand.bestand", doelgroep="inburgeraar_statushouder") == 1
    assert figures("bijstand.bestand", doelgroep="geen") == 0
    assert figures("bijstand.bestand", leeftijdsklasse="<27") == 1
    assert figures("bijstand.bestand", leeftijdsklasse="27-34") == 1
    assert figures("bijstand.bestand", leeftijdsklasse="55+") == 1
    assert figures("bijstand.bestand", arrangement="3") == 2
    assert figures("bijstand.bestand", arrangement="1") == 1
    assert figures("bijstand.bestand", huishoudtype="alleenstaande") == 2
    assert figures("bijstand.bestand", huishoudtype="gehuwden") == 1


def test_bijstand__groei_kwartaal(figures):
    """100 × (3 − 4) / 4 = −25,0 %. In Overvecht: on 2020-09-30 A and B (2), now A (1): −50,0."""
    assert figures("bijstand.groei_kwartaal") == -25.0
    assert figures("bijstand.groei_kwartaal", wijk="Overvecht") == -50.0


def test_bijstand__groei_jaar(figures):
    """100 × (3 − 5) / 5 = −40,0 % against 2019-12-31."""
    assert figures("bijstand.groei_jaar") == -40.0


def test_bijstand__instroom(figures):
    """PW started in Q4: D (10-15) and G (11-01) = 2; both 27-34 resp. <27 on their start."""
    assert figures("bijstand.instroom") == 2
    assert figures("bijstand.instroom", wijk="Overvecht") == 1
    assert figures("bijstand.instroom", regeling="IOAW") == 0


def test_bijstand__uitstroom(figures):
    """PW ended per a day in Q4: F (10-01), B (11-16), G (12-15) = 3. Stock-flow:
    4 + 2 − 3 = 3. F's last day with benefit is 09-30, in arrangement 1."""
    assert figures("bijstand.uitstroom") == 3
    assert figures("bijstand.uitstroom", wijk="Binnenstad") == 1
    assert figures("bijstand.uitstroom", arrangement="1") == 2  # F and G
    assert figures("bijstand.uitstroom", arrangement="3") == 1  # B


def test_bijstand__uitstroom_werk(figures):
    """Of those, reden werk: B and G = 2. B had a child under 18 on 11-15 (gezin)."""
    assert figures("bijstand.uitstroom_werk") == 2
    assert figures("bijstand.uitstroom_werk", doelgroep="gezin_met_kinderen") == 1
    assert figures("bijstand.uitstroom_werk", huishoudtype="alleenstaande_ouder") == 1


def test_bijstand__duur(figures):
    """On L: D 0 full years (<1), A 1 year since 2019-03-01 (1-2), C 5 years (5+). Sums to 3."""
    assert figures("bijstand.duur", duurklasse="<1") == 1
    assert figures("bijstand.duur", duurklasse="1-2") == 1
    assert figures("bijstand.duur", duurklasse="2-5") == 0
    assert figures("bijstand.duur", duurklasse="5+") == 1
    assert figures("bijstand.duur", duurklasse="5+", wijk="Zuid") == 1


def test_arrangement__bestand(figures):
    """On F = 2020-10-01 with PW running that day: A (3), B (3), C (4). F's benefit ended
    per 10-01 (not running), D started 10-15, E is IOAW. Total 3."""
    assert figures("arrangement.bestand", arrangement="3") == 2
    assert figures("arrangement.bestand", arrangement="4") == 1
    assert figures("arrangement.bestand", arrangement="1") == 0
    assert figures("arrangement.bestand") == 3


def test_arrangement__doorstroom(figures):
    """C: arrangement 4 on F, 3 on L, PW on both days -> van 4 naar 3. B stays in 3 (and
    has no benefit on L). Total 1; no cell for van = naar."""
    assert figures("arrangement.doorstroom", van="4", naar="3") == 1
    assert figures("arrangement.doorstroom", van="3", naar="4") == 0
    assert figures("arrangement.doorstroom") == 1
    assert not figures.has("arrangement.doorstroom", van="3", naar="3")


def test_werkbeweging__bewegingen(figures):
    """In arrangement 3 on the day: A scholing 10-05, B plaatsing 11-01, B's PW ends for
    work per 11-16 (last day 11-15, arrangement 3), A deeltijdwerk 12-01 = 4. G ends for
    work but is in arrangement 1. 2019Q1: B werkervaringsplek; 2019Q2: A scholing."""
    assert figures("werkbeweging.bewegingen") == 4
    assert figures("werkbeweging.bewegingen", beweging="scholing") == 1
    assert figures("werkbeweging.bewegingen", beweging="plaatsing") == 1
    assert figures("werkbeweging.bewegingen", beweging="uitstroom_werk") == 1
    assert figures("werkbeweging.bewegingen", beweging="deeltijdwerk") == 1
    assert figures("werkbeweging.bewegingen", "2019Q1") == 1
    assert figures("werkbeweging.bewegingen", "2019Q2") == 1
    assert figures("werkbeweging.bewegingen", "2020Q3") == 0


def test_werkbeweging__extra_cumulatief(figures):
    """Baseline 2017Q1-2019Q2: (1 + 1) / 10 quarters = 0,2. From 2019Q3, five quarters of
    0 − 0,2 give −1,0 by 2020Q3; 2020Q4 adds 4 − 0,2: 2,8; 2021Q4: 2,8 − 4 × 0,2 = 2,0."""
    assert figures("werkbeweging.extra_cumulatief", "2019Q3") == pytest.approx(-0.2)
    assert figures("werkbeweging.extra_cumulatief", "2020Q3") == pytest.approx(-1.0)
    assert figures("werkbeweging.extra_cumulatief") == pytest.approx(2.8)
    assert figures("werkbeweging.extra_cumulatief", "2021Q4") == pytest.approx(2.0)
    assert not figures.has("werkbeweging.extra_cumulatief", "2019Q2")


def test_werkbeweging__aandeel_actief(figures):
    """In arrangement 3 some day of Q4: A, B, C = 3. A had a scholing running (10-05 to
    2021-02-01): 1/3. C's activering does not count here; B's werkervaringsplek was in 2019."""
    assert figures("werkbeweging.aandeel_actief") == pytest.approx(0.3333)


def test_werkbeweging__aandeel_activering(figures):
    """C's activering since 11-15: 1/3."""
    assert figures("werkbeweging.aandeel_activering") == pytest.approx(0.3333)


def test_scholing__plaatsingen(figures):
    """A's scholing started 2020-10-05 = 1 (and 2019Q2: A's first scholing)."""
    assert figures("scholing.plaatsingen") == 1
    assert figures("scholing.plaatsingen", "2019Q2") == 1
    assert figures("scholing.plaatsingen", arrangement="3") == 1


def test_contact__momenten(figures):
    """A persoonlijk 11-02 and telefonisch 12-01, D mail 10-20, C driegesprek 12-10 = 4."""
    assert figures("contact.momenten") == 4
    for kanaal in ("persoonlijk", "telefonisch", "mail", "driegesprek"):
        assert figures("contact.momenten", kanaal=kanaal) == 1
    assert figures("contact.momenten", kanaal="telefonisch", wijk="Overvecht") == 1


def test_caseload__per_werkcoach(figures):
    """On L, PW running and assigned: coach 1 has A (B's assignment ended 11-16) = 1;
    coach 2 has C and D (E is IOAW) = 2. Mean 1,5, median 1,5, 2 coaches, none above 125,
    both below 100."""
    assert figures("caseload.per_werkcoach", statistiek="gemiddelde") == 1.5
    assert figures("caseload.per_werkcoach", statistiek="mediaan") == 1.5
    assert figures("caseload.per_werkcoach", statistiek="werkcoaches") == 2
    assert figures("caseload.per_werkcoach", statistiek="boven_125") == 0
    assert figures("caseload.per_werkcoach", statistiek="onder_100") == 2


def test_inwonerplan__dekking(figures):
    """PW running on L: A, C, D. A's werkfit goal is actief; D's goal was reached 12-01;
    C has none: 1/3. E (IOAW) has no goal: 0."""
    assert figures("inwonerplan.dekking") == pytest.approx(0.3333)
    assert figures("inwonerplan.dekking", regeling="IOAW") == 0.0


def test_werkgevers__ontmoetingen(figures):
    """B with Fietsenmaker 10-10, C with Bakkerij 11-20, A with Bakkerij 12-03 = 3, with 2
    werkgevers. All three were in arrangement 3 that day (C since 11-01)."""
    assert figures("werkgevers.ontmoetingen") == 3
    assert figures("werkgevers.ontmoetingen", statistiek="werkgevers") == 2
    assert figures("werkgevers.ontmoetingen", arrangement="3") == 3
    assert figures("werkgevers.ontmoetingen", arrangement="3", statistiek="werkgevers") == 2


def test_kto__gemiddeld_cijfer(figures):
    """Werk: (8 + 5) / 2 = 6,5 on 2 responses; inkomen 7 on 1; all: 20 / 3 = 6,67."""
    assert figures("kto.gemiddeld_cijfer", thema="werk") == 6.5
    assert figures("kto.gemiddeld_cijfer", thema="werk", statistiek="responsen") == 2
    assert figures("kto.gemiddeld_cijfer", thema="inkomen") == 7.0
    assert figures("kto.gemiddeld_cijfer") == pytest.approx(6.67)
