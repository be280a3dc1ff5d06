# SPDX-License-Identifier: EUPL-1.2
"""Golden test: every indicator of the catalogue on the kleine stad (tests/indicators/
kleine_stad.py), worked out by hand. Quarter 2020Q4: F = 2020-10-01, L = 2020-12-31.
No disclosure control here (the engine's raw cells); see test_disclosure.py for that."""

import re
from pathlib import Path

import pytest

from werkspoor.indicators.catalogue import catalogue

from .conftest import Figures


def test_every_indicator_of_the_catalogue_is_checked_here():
    """Here, or in the golden test of the app whose registry it counts (tests/<app>/)."""
    names = set(globals())
    for path in Path(__file__).parents[1].glob("*/test_golden*.py"):
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
    # Plus: in a doelgroep (A jongere, C arbeidsbeperking, D inburgeraar); nobody Basis.
    assert figures("bijstand.bestand", werkdienstverlening="plus") == 3
    assert figures("bijstand.bestand", werkdienstverlening="basis") == 0


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
    assert figures("bijstand.uitstroom", reden="werk") == 2  # B and G
    assert figures("bijstand.uitstroom", reden="verhuizing") == 1  # F
    assert figures("bijstand.uitstroom", reden="ander_inkomen") == 0
    assert figures("bijstand.uitstroom", "2020Q2", reden="ander_inkomen") == 1  # I
    assert figures("bijstand.uitstroom", reden="werk", arrangement="1") == 1  # G


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


def test_werkbeweging__personen(figures):
    """The four steps of 2020Q4 are by two residents: A (scholing 10-05, deeltijdwerk 12-01)
    and B (plaatsing 11-01, end for work 11-16) = 2. 2019Q1: B; 2019Q2: A. A's first step in
    the quarter is 10-05 (25, jongere, Overvecht); B's 11-01 (alleenstaande ouder)."""
    assert figures("werkbeweging.personen") == 2
    assert figures("werkbeweging.personen", wijk="Overvecht") == 2
    assert figures("werkbeweging.personen", huishoudtype="alleenstaande_ouder") == 1
    assert figures("werkbeweging.personen", leeftijdsklasse="<27") == 1
    assert figures("werkbeweging.personen", "2019Q1") == 1
    assert figures("werkbeweging.personen", "2019Q2") == 1
    assert figures("werkbeweging.personen", "2020Q3") == 0


def test_werkbeweging__extra_personen_cumulatief(figures):
    """Baseline 2017Q1-2019Q2: (1 + 1) / 10 quarters = 0,2 persons. From 2019Q3 (the
    programme's start in doelen.yaml) five quarters of −0,2 give −1,0 by 2020Q3; 2020Q4 adds
    2 − 0,2: 0,8; 2021Q4: 0,8 − 4 × 0,2 = 0,0."""
    assert figures("werkbeweging.extra_personen_cumulatief", "2019Q3") == pytest.approx(-0.2)
    assert figures("werkbeweging.extra_personen_cumulatief", "2020Q3") == pytest.approx(-1.0)
    assert figures("werkbeweging.extra_personen_cumulatief") == pytest.approx(0.8)
    assert figures("werkbeweging.extra_personen_cumulatief", "2021Q4") == pytest.approx(0.0)
    assert not figures.has("werkbeweging.extra_personen_cumulatief", "2019Q2")


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


def test_caseload_counts_of_werkcoaches_rest_on_no_residents(figures):
    """Coaches are not the people disclosure control protects; the mean rests on the three
    residents in the caseloads."""
    by_stat = {
        c.uitsplitsing["statistiek"]: c.personen
        for c in figures.cells
        if c.indicator == "caseload.per_werkcoach" and c.periode == "2020Q4"
    }
    assert by_stat == {
        "gemiddelde": 3,
        "mediaan": 3,
        "werkcoaches": None,
        "boven_125": None,
        "onder_100": None,
    }


def test_inwonerplan__dekking(figures):
    """PW running on L: A, C, D. A's werkfit goal is actief; D's goal was reached 12-01;
    C has none: 1/3. E (IOAW) has no goal: 0."""
    assert figures("inwonerplan.dekking") == pytest.approx(0.3333)
    assert figures("inwonerplan.dekking", regeling="IOAW") == 0.0


def test_werkgevers__ontmoetingen(figures):
    """B with Fietsenmaker 10-10, C with Bakkerij 11-20, A with Bakkerij 12-03 = 3. All
    three were in arrangement 3 that day (C since 11-01)."""
    assert figures("werkgevers.ontmoetingen") == 3
    assert figures("werkgevers.ontmoetingen", arrangement="3") == 3
    assert figures("werkgevers.ontmoetingen", arrangement="4") == 0


def test_werkgevers__werkgevers(figures):
    """The same meetings: Fietsenmaker and Bakkerij (twice) = 2 distinct werkgevers; all
    with residents in arrangement 3; none in 2020Q3."""
    assert figures("werkgevers.werkgevers") == 2
    assert figures("werkgevers.werkgevers", arrangement="3") == 2
    assert figures("werkgevers.werkgevers", arrangement="1") == 0
    assert figures("werkgevers.werkgevers", "2020Q3") == 0


def test_werkgevers__plaatsingen(figures):
    """B placed at the Fietsenmaker (sector detailhandel, soort regulier) on 11-01 = 1."""
    assert figures("werkgevers.plaatsingen") == 1
    assert figures("werkgevers.plaatsingen", soort="regulier") == 1
    assert figures("werkgevers.plaatsingen", soort="sroi") == 0
    assert figures("werkgevers.plaatsingen", sector="detailhandel") == 1
    assert figures("werkgevers.plaatsingen", sector="detailhandel", arrangement="3") == 1
    assert not figures.has("werkgevers.plaatsingen", soort="regulier", sector="detailhandel")


def test_kto__gemiddeld_cijfer(figures):
    """Werk: (8 + 5) / 2 = 6,5 on 2 responses; inkomen 7 on 1; all: 20 / 3 = 6,67."""
    assert figures("kto.gemiddeld_cijfer", thema="werk") == 6.5
    assert figures("kto.gemiddeld_cijfer", thema="werk", statistiek="responsen") == 2
    assert figures("kto.gemiddeld_cijfer", thema="inkomen") == 7.0
    assert figures("kto.gemiddeld_cijfer") == pytest.approx(6.67)


# --- applications, re-entry and money (the stories in kleine_stad._aanvragen_en_betalingen) --


def test_aanvraag__ontvangen(figures):
    """Received in Q4: B and C bijzondere bijstand (10-01, 10-05), D PW 10-15, A U-pas 11-10,
    E kwijtschelding 12-01, H PW 12-10, I PW 12-20. The total counts PW: D, H, I = 3; G's
    application of 09-20 is Q3's (1). Regeling: PW 3, bijzondere bijstand 2, U-pas 1,
    kwijtschelding 1, the other regelingen 0. PW per wijk: Zuid D, Noordwest H, West I;
    Overvecht 0. Age on the aanvraagdatum: D 30 and H 28 (27-34), I 45 (45-54)."""
    assert figures("aanvraag.ontvangen") == 3
    assert figures("aanvraag.ontvangen", "2020Q3") == 1
    assert figures("aanvraag.ontvangen", regeling="PW") == 3
    assert figures("aanvraag.ontvangen", regeling="bijzondere_bijstand") == 2
    assert figures("aanvraag.ontvangen", regeling="upas") == 1
    assert figures("aanvraag.ontvangen", regeling="kwijtschelding") == 1
    assert figures("aanvraag.ontvangen", regeling="iit") == 0
    assert figures("aanvraag.ontvangen", wijk="Zuid") == 1
    assert figures("aanvraag.ontvangen", wijk="Noordwest") == 1
    assert figures("aanvraag.ontvangen", wijk="Overvecht") == 0
    assert figures("aanvraag.ontvangen", leeftijdsklasse="27-34") == 2
    assert figures("aanvraag.ontvangen", leeftijdsklasse="45-54") == 1


def test_aanvraag__besluiten(figures):
    """Decided in Q4: PW D toekenning 11-20, G toekenning 11-25, H buiten behandeling 12-30 =
    3; bijzondere bijstand B toekenning 10-31, C afwijzing 12-21. 2021Q1: I's PW afwijzing
    (02-01) = 1 and E's kwijtschelding."""
    assert figures("aanvraag.besluiten") == 3
    assert figures("aanvraag.besluiten", besluit="toekenning") == 2
    assert figures("aanvraag.besluiten", besluit="buiten_behandeling") == 1
    assert figures("aanvraag.besluiten", besluit="afwijzing") == 0
    assert figures("aanvraag.besluiten", regeling="bijzondere_bijstand") == 2
    assert figures("aanvraag.besluiten", besluit="afwijzing", regeling="bijzondere_bijstand") == 1
    assert figures("aanvraag.besluiten", "2021Q1") == 1
    assert figures("aanvraag.besluiten", "2021Q1", regeling="kwijtschelding") == 1


def test_aanvraag__doorlooptijd(figures):
    """Days from aanvraag to besluit, decided in Q4. PW: H 20, D 36, G 66: median 36.
    Bijzondere bijstand: B 30, C 77, an even count: (30 + 77) / 2 = 53,5."""
    assert figures("aanvraag.doorlooptijd") == 36
    assert figures("aanvraag.doorlooptijd", regeling="bijzondere_bijstand") == 53.5


def test_aanvraag__tijdig(figures):
    """Term 56 days (beslistermijnen.yaml). PW in Q4: D 36, H 20 and G 66 - 14 days
    suspended = 52: all in time, 1,0 (counting G's suspension as term it would be 2/3).
    Bijzondere bijstand: B 30 in time, C 77 late: 0,5."""
    assert figures("aanvraag.tijdig") == 1.0
    assert figures("aanvraag.tijdig", regeling="bijzondere_bijstand") == 0.5


def test_aanvraag__onderhanden(figures):
    """Open on 2020-12-31: A's U-pas (no decision), E's kwijtschelding (decided 2021-01-15),
    I's PW application (decided 2021-02-01): PW 1. On 2020-09-30: G's PW application (09-20,
    decided 11-25) = 1."""
    assert figures("aanvraag.onderhanden") == 1
    assert figures("aanvraag.onderhanden", regeling="upas") == 1
    assert figures("aanvraag.onderhanden", regeling="kwijtschelding") == 1
    assert figures("aanvraag.onderhanden", "2020Q3") == 1


def _terug_in_de_bijstand(build):
    """The kleine stad's B, I and F come back: B 197 days after leaving for work (2020-11-16),
    I 366 days after 2020-06-01 (2021-06-02), F 364 days after 2020-10-01 (2021-09-30).
    Returns the engine's cells 2020Q4-2021Q4."""
    from datetime import date

    from werkspoor.core.periods import Quarter
    from werkspoor.indicators.engine import Engine
    from werkspoor.registry.models import Inwoner

    for geboren, terug in (
        (date(1980, 1, 10), date(2021, 6, 1)),  # B
        (date(1975, 5, 5), date(2021, 6, 2)),  # I
        (date(1985, 3, 3), date(2021, 9, 30)),  # F
    ):
        build.uitkering(Inwoner.objects.get(geboortedatum=geboren), terug)
    engine = Engine()
    try:
        return Figures(engine.compute(Quarter(2020, 4), Quarter(2021, 4)))
    finally:
        engine.close()


def test_bijstand__herinstroom(figures, build):
    """Without anyone coming back: 0 (Q4's new benefits D and G are first benefits). With B,
    I and F back (see _terug_in_de_bijstand): 2021Q2 counts B (197 days) but not I (366
    days), 2021Q3 counts F (364 days)."""
    assert figures("bijstand.herinstroom") == 0
    terug = _terug_in_de_bijstand(build)
    assert terug("bijstand.herinstroom", "2021Q2") == 1
    assert terug("bijstand.herinstroom", "2021Q2", wijk="Overvecht") == 1
    assert terug("bijstand.herinstroom", "2021Q2", wijk="West") == 0
    assert terug("bijstand.herinstroom", "2021Q3") == 1


def test_bijstand__uitstroom_werk_duurzaam(figures, build):
    """Q4's outflow to work is B and G, neither back within a year in the kleine stad: 2.
    Its stand is 2020-12-15 (G's last day), fewer than 365 days after 2020-12-31: provisional.
    With B back on 2021-06-01 only G is durable: 1; the stand is then 2021-09-30 (F's new
    benefit), still provisional for 2020Q4."""
    assert figures("bijstand.uitstroom_werk_duurzaam") == 2
    assert figures.cel("bijstand.uitstroom_werk_duurzaam").voorlopig is True
    assert figures.cel("bijstand.uitstroom_werk", "2020Q4").voorlopig is False
    terug = _terug_in_de_bijstand(build)
    assert terug("bijstand.uitstroom_werk_duurzaam") == 1
    assert terug("bijstand.uitstroom_werk_duurzaam", wijk="Overvecht") == 1
    assert terug.cel("bijstand.uitstroom_werk_duurzaam").voorlopig is True


def test_uitstroom_werk_duurzaam_is_final_a_year_after_the_quarter(
    kleine_stad_for_the_module, db, settings
):
    """With the registry complete up to 2021-12-31 (WERKSPOOR_STAND), 365 days after
    2020-12-31: 2020Q4 is final, 2021Q1 still provisional."""
    from werkspoor.core.periods import Quarter
    from werkspoor.indicators.engine import Engine

    settings.WERKSPOOR_STAND = "2021-12-31"
    engine = Engine()
    try:
        cells = engine.compute(
            Quarter(2020, 4), Quarter(2021, 1), ["bijstand.uitstroom_werk_duurzaam"]
        )
    finally:
        engine.close()
    totals = {c.periode: c for c in cells if c.sleutel == ""}
    assert totals["2020Q4"].voorlopig is False
    assert totals["2021Q1"].voorlopig is True


def test_lasten__uitkeringen(figures):
    """Paid over October-December: PW A 3 x 1.000 and D 500 + 1.000 + 1.000 - 100 = 5.400,00;
    IOAW E 3 x 1.200 = 3.600,00; bijzondere bijstand B 250,00. Nothing paid in Q3."""
    assert figures("lasten.uitkeringen") == 5400.0
    assert figures("lasten.uitkeringen", regeling="IOAW") == 3600.0
    assert figures("lasten.uitkeringen", regeling="bijzondere_bijstand") == 250.0
    assert not figures.has("lasten.uitkeringen", "2020Q3")


def test_lasten__budget(build):
    """Budgets 2024 (budgetten.yaml): studietoeslag 1.100.000, BUIG 150.400.000. Studietoeslag
    paid 27.500 in each month of Q1 and 110.000 in April: Q1 82.500 / 1.100.000 = 0,075,
    prognose 82.500 x 12 / 3 / 1.100.000 = 0,3; Q2 192.500 / 1.100.000 = 0,175, prognose
    x 12 / 6 = 0,35. BUIG: PW 1.504.000 in February and IOAZ 1.504.000 in May: Q1 0,01 (prognose
    0,04), Q2 0,02 (prognose 0,04). A Bbz payment belongs to no budget."""
    from datetime import date

    from werkspoor.core.periods import Quarter
    from werkspoor.indicators.engine import Engine

    s = build.inwoner(achternaam="Student")
    for month in (1, 2, 3):
        build.betaling(s, date(2024, month, 1), "27500.00", regeling="studietoeslag")
    build.betaling(s, date(2024, 4, 1), "110000.00", regeling="studietoeslag")
    build.betaling(s, date(2024, 2, 1), "1504000.00")
    build.betaling(s, date(2024, 5, 1), "1504000.00", regeling="IOAZ")
    build.betaling(s, date(2024, 5, 1), "999.00", regeling="BBZ")
    engine = Engine()
    try:
        cells = engine.compute(Quarter(2024, 1), Quarter(2024, 2), ["lasten.budget"])
    finally:
        engine.close()
    got = {(c.periode, tuple(c.uitsplitsing.items())): c.waarde for c in cells}
    assert got[("2024Q1", (("budget", "studietoeslag"),))] == 0.075
    assert got[("2024Q1", (("budget", "studietoeslag"), ("statistiek", "prognose")))] == 0.3
    assert got[("2024Q2", (("budget", "studietoeslag"),))] == 0.175
    assert got[("2024Q2", (("budget", "studietoeslag"), ("statistiek", "prognose")))] == 0.35
    assert got[("2024Q1", (("budget", "BUIG"),))] == 0.01
    assert got[("2024Q1", (("budget", "BUIG"), ("statistiek", "prognose")))] == 0.04
    assert got[("2024Q2", (("budget", "BUIG"),))] == 0.02
    assert got[("2024Q2", (("budget", "BUIG"), ("statistiek", "prognose")))] == 0.04
    assert not any(key[1] == (("budget", "bijzondere_bijstand"),) for key in got)
