# SPDX-License-Identifier: EUPL-1.2
"""De kleine stad: nine hand-made residents whose 2020Q4 figures are worked out by hand in
tests/indicators/test_golden.py. Each resident's story is told next to their records."""

from datetime import date as d


def build_kleine_stad(build):
    coach_1, coach_2 = build.werkcoach("Coach Een"), build.werkcoach("Coach Twee")
    werkgever_1, werkgever_2 = build.werkgever("Bakkerij"), build.werkgever("Fietsenmaker")

    # A: Overvecht, 25 on 2020-12-31 (jongere), PW since 2019-03-01, arrangement 3.
    a = build.inwoner(d(1995, 6, 15), "Overvecht")
    build.uitkering(a, d(2019, 3, 1))
    build.arrangement(a, 3, d(2019, 3, 1))
    build.toewijzing(a, coach_1, d(2019, 3, 1))
    build.doel(a, "werkfit", d(2019, 4, 1))
    build.traject(a, "scholing", d(2019, 4, 1), d(2019, 6, 1))
    build.traject(a, "scholing", d(2020, 10, 5), d(2021, 2, 1))
    build.deeltijdwerk(a, d(2020, 12, 1))
    build.contact(a, d(2020, 11, 2), "persoonlijk")
    build.contact(a, d(2020, 12, 1), "telefonisch")
    build.ontmoeting(werkgever_1, a, d(2020, 12, 3))

    # B: Overvecht, alleenstaande ouder (child born 2010), PW 2018-06-01 until work per 2020-11-16.
    b = build.inwoner(d(1980, 1, 10), "Overvecht", huishoudtype="alleenstaande_ouder")
    build.kind(b, d(2010, 5, 5))
    build.uitkering(b, d(2018, 6, 1), d(2020, 11, 16), reden="werk")
    build.arrangement(b, 3, d(2019, 1, 1))
    build.toewijzing(b, coach_1, d(2018, 6, 1), d(2020, 11, 16))
    build.traject(b, "werkervaringsplek", d(2019, 2, 1), d(2019, 5, 1))
    build.plaatsing(werkgever_2, b, d(2020, 11, 1))
    build.ontmoeting(werkgever_2, b, d(2020, 10, 10))

    # C: Zuid, born 29 February 1960, gehuwden, structurele arbeidsbeperking, PW since 2015;
    # arrangement 4 until 2020-11-01, then 3.
    c = build.inwoner(
        d(1960, 2, 29), "Zuid", huishoudtype="gehuwden", structurele_arbeidsbeperking=True
    )
    build.uitkering(c, d(2015, 1, 1))
    build.arrangement(c, 4, d(2019, 1, 1), d(2020, 11, 1))
    build.arrangement(c, 3, d(2020, 11, 1))
    build.toewijzing(c, coach_2, d(2015, 1, 1))
    build.traject(c, "activering", d(2020, 11, 15))
    build.contact(c, d(2020, 12, 10), "driegesprek")
    build.ontmoeting(werkgever_1, c, d(2020, 11, 20))

    # D: Zuid, 30, inburgeraar, PW since 2020-10-15, arrangement 1; goal reached 2020-12-01.
    dd = build.inwoner(d(1990, 7, 1), "Zuid", inburgeraar=True)
    build.uitkering(dd, d(2020, 10, 15))
    build.arrangement(dd, 1, d(2020, 10, 15))
    build.toewijzing(dd, coach_2, d(2020, 10, 15))
    build.doel(dd, "opleiding", d(2020, 10, 20), status="behaald", statusdatum=d(2020, 12, 1))
    build.contact(dd, d(2020, 10, 20), "mail")

    # E: Oost, 50, IOAW since 2019-05-01, arrangement 2.
    e = build.inwoner(d(1970, 1, 1), "Oost")
    build.uitkering(e, d(2019, 5, 1), regeling="IOAW")
    build.arrangement(e, 2, d(2019, 5, 1))
    build.toewijzing(e, coach_2, d(2019, 5, 1))

    # F: Binnenstad, PW 2019-01-01 until moving away per 2020-10-01.
    f = build.inwoner(d(1985, 3, 3), "Binnenstad")
    build.uitkering(f, d(2019, 1, 1), d(2020, 10, 1), reden="verhuizing")
    build.arrangement(f, 1, d(2019, 1, 1))

    # G: Overvecht, 20, PW from 2020-11-01 until work per 2020-12-15, arrangement 1.
    g = build.inwoner(d(2000, 1, 1), "Overvecht")
    build.uitkering(g, d(2020, 11, 1), d(2020, 12, 15), reden="werk")
    build.arrangement(g, 1, d(2020, 11, 1))

    # I: West, PW 2019-06-01 until other income per 2020-06-01.
    i = build.inwoner(d(1975, 5, 5), "West")
    build.uitkering(i, d(2019, 6, 1), d(2020, 6, 1), reden="ander_inkomen")

    _aanvragen_en_betalingen(build, a, b, c, dd, e, g, i)

    build.kto(d(2020, 11, 1), "werk", 8)
    build.kto(d(2020, 12, 1), "werk", 5)
    build.kto(d(2020, 12, 2), "inkomen", 7)


def _aanvragen_en_betalingen(build, a, b, c, dd, e, g, i):
    """Applications, decisions and payments of the same residents."""
    # D's and G's benefits were granted on an application; G's term was suspended 14 days.
    build.aanvraag(
        dd,
        "PW",
        d(2020, 10, 15),
        meldingsdatum=d(2020, 10, 15),
        besluit="toekenning",
        besluitdatum=d(2020, 11, 20),
    )  # 36 days
    build.aanvraag(
        g,
        "PW",
        d(2020, 9, 20),
        besluit="toekenning",
        besluitdatum=d(2020, 11, 25),
        opschorting_dagen=14,
    )  # 66 days, 52 without the suspension
    # B got bijzondere bijstand in 30 days; C was refused after 77 days.
    build.aanvraag(
        b, "bijzondere_bijstand", d(2020, 10, 1), besluit="toekenning", besluitdatum=d(2020, 10, 31)
    )
    build.aanvraag(
        c,
        "bijzondere_bijstand",
        d(2020, 10, 5),
        besluit="afwijzing",
        besluitdatum=d(2020, 12, 21),
        reden_afwijzing="inkomen",
    )
    # Open on 2020-12-31: A's U-pas, E's kwijtschelding (decided in January), I's new PW
    # application (refused in February).
    build.aanvraag(a, "upas", d(2020, 11, 10))
    build.aanvraag(
        e, "kwijtschelding", d(2020, 12, 1), besluit="toekenning", besluitdatum=d(2021, 1, 15)
    )
    build.aanvraag(
        i,
        "PW",
        d(2020, 12, 20),
        besluit="afwijzing",
        besluitdatum=d(2021, 2, 1),
        reden_afwijzing="vermogen",
    )
    # H: Noordwest, no benefit ever; the PW application was not completed.
    h = build.inwoner(d(1992, 8, 8), "Noordwest")
    build.aanvraag(
        h, "PW", d(2020, 12, 10), besluit="buiten_behandeling", besluitdatum=d(2020, 12, 30)
    )

    # Payments over October-December 2020 (D from mid October, with a recovery in December).
    for maand in (d(2020, 10, 1), d(2020, 11, 1), d(2020, 12, 1)):
        build.betaling(a, maand, "1000.00")
        build.betaling(e, maand, "1200.00", regeling="IOAW")
    build.betaling(dd, d(2020, 10, 1), "500.00")
    build.betaling(dd, d(2020, 11, 1), "1000.00")
    build.betaling(dd, d(2020, 12, 1), "1000.00")
    build.betaling(dd, d(2020, 12, 1), "-100.00")
    build.betaling(b, d(2020, 11, 1), "250.00", regeling="bijzondere_bijstand")
