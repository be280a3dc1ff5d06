# SPDX-License-Identifier: EUPL-1.2
"""The caseload: who is on it, its columns and signals, filters, and a fixed query count."""

from datetime import date

import pytest

from werkspoor.web import roles
from werkspoor.web.caseload import CaseloadFilter, caseload, caseload_queryset, filter_and_sort
from werkspoor.web.caseload_signals import SIGNAL_PROVIDERS, Signaal, register_signal_provider

from .conftest import VANDAAG

# The lines of one processing, however many residents: the month's segment locked (created,
# the first time: this many), the lines inserted at once, the segment's head updated.
LOGBOOK_PROCESSING = 9


def _codes(rows, inwoner):
    return next(row.signaal_codes for row in rows if row.inwoner == inwoner)


def test_caseload_holds_only_assigned_residents_with_a_running_benefit(office, build):
    ended = build.inwoner()
    build.uitkering(ended, date(2020, 1, 1), date(2024, 1, 1), reden="werk")
    build.toewijzing(ended, office.coach, date(2020, 1, 1))
    rows = caseload(office.coach, VANDAAG)
    assert [row.inwoner for row in rows] == [office.own]


def test_signals_for_contact_plan_and_legal_limits(office, build):
    young = build.caseload_inwoner(office.coach, geboortedatum=date(2001, 1, 1))
    build.traject(young, "werken_met_behoud", date(2024, 1, 1), date(2024, 7, 1))
    build.contact(young, date(2024, 5, 1))
    build.doel(young, "werkfit", date(2024, 1, 1))
    lks = build.caseload_inwoner(office.coach)
    build.traject(lks, "loonkostensubsidie", date(2023, 6, 20), loonwaarde=60)
    rows = caseload(office.coach, VANDAAG)
    assert _codes(rows, office.own) == {"geen_contact", "geen_inwonerplan"}
    assert _codes(rows, young) == {"werken_met_behoud_maximum"}
    assert "loonwaarde_herbeoordeling" in _codes(rows, lks)


def test_another_app_plugs_in_a_signal_provider(office):
    def vrijwilligersvergoeding(rows, day):
        for row in rows:
            row.signalen.append(
                Signaal("vrijwilligersvergoeding", "Vrijwilligersvergoeding bijna op")
            )

    register_signal_provider(vrijwilligersvergoeding)
    try:
        assert "vrijwilligersvergoeding" in _codes(caseload(office.coach, VANDAAG), office.own)
    finally:
        SIGNAL_PROVIDERS.remove(vrijwilligersvergoeding)


def test_vrijwilligersvergoeding_near_the_maximum_is_a_signal_on_caseload_and_dossier(
    client, office, build
):
    # June 2024: at most EUR 210 a month; the signal starts at 80% (EUR 168).
    build.vrijwilligersvergoeding(office.own, VANDAAG, "200.00")
    modest = build.caseload_inwoner(office.coach)
    build.vrijwilligersvergoeding(modest, VANDAAG, "100.00")
    rows = caseload(office.coach, VANDAAG)
    assert "vrijwilligersvergoeding_bijna" in _codes(rows, office.own)
    assert not any(code.startswith("vrijwilligers") for code in _codes(rows, modest))
    client.force_login(office.users[roles.WERKCOACH])
    html = client.get("/caseload/").content.decode()
    assert "Vrijwilligersvergoeding bijna aan het maximum" in html
    filtered = client.get("/caseload/?signaal=vrijwilligersvergoeding_bijna").content.decode()
    assert "Anna Visser" in filtered and f'href="/inwoners/{modest.pk}/"' not in filtered
    dossier = client.get(f"/inwoners/{office.own.pk}/").content.decode()
    assert "Vrijwilligersvergoeding bijna aan het maximum" in dossier


@pytest.mark.parametrize("size", [1, 20])
def test_vrijwilligersvergoeding_signal_takes_the_same_queries_for_any_caseload(
    office, build, size, django_assert_num_queries
):
    for _ in range(size):
        resident = build.caseload_inwoner(office.coach)
        build.vrijwilligersvergoeding(resident, VANDAAG.replace(month=1), "1950.00")
        build.vrijwilligersvergoeding(resident, VANDAAG, "200.00")  # EUR 2.150 > 2.100 a year
    # The residents with their annotations, children, trajecten, next appointments, due
    # to-dos, and one for the allowances; then the rules check's lines in the Logboek
    # Dataverwerkingen, in one go for the caseload.
    with django_assert_num_queries(6 + LOGBOOK_PROCESSING):
        rows = caseload(office.coach, VANDAAG)
    assert sum("vrijwilligersvergoeding_overschreden" in row.signaal_codes for row in rows) == size


def test_caseload_shows_without_the_allowance_signal_outside_the_rules_dates(
    client, office, build, settings, caplog
):
    settings.WERKSPOOR_VANDAAG = "2022-06-01"  # the income rules start in 2023
    build.vrijwilligersvergoeding(office.own, date(2022, 6, 1), "500.00")
    client.force_login(office.users[roles.WERKCOACH])
    with caplog.at_level("WARNING", logger="werkspoor.web.caseload_signals"):
        response = client.get("/caseload/")
    html = response.content.decode()
    assert response.status_code == 200 and "Anna Visser" in html
    assert "Vrijwilligersvergoeding" not in html
    assert "vrijwilligersvergoeding overgeslagen" in caplog.text


def test_filters_and_sort(office, build):
    plus = build.caseload_inwoner(
        office.coach, arrangement=1, achternaam="Aalders", geboortedatum=date(2003, 1, 1)
    )
    rows = caseload(office.coach, VANDAAG)
    assert [r.inwoner for r in filter_and_sort(rows, CaseloadFilter(arrangement=1))] == [plus]
    assert [
        r.inwoner for r in filter_and_sort(rows, CaseloadFilter(werkdienstverlening="plus"))
    ] == [plus]
    assert [r.inwoner for r in filter_and_sort(rows, CaseloadFilter(sort="naam"))] == [
        plus,
        office.own,
    ]
    assert [r.inwoner for r in filter_and_sort(rows, CaseloadFilter(sort="leeftijd"))] == [
        plus,
        office.own,
    ]


def test_caseload_page_shows_columns_and_filters_by_wijk(client, office, build):
    build.caseload_inwoner(office.coach, wijk="Zuid", voornaam="Zara", achternaam="Zuidema")
    client.force_login(office.users[roles.WERKCOACH])
    html = client.get("/caseload/").content.decode()
    assert "Anna Visser" in html and "Zara Zuidema" in html and "Geen contact" in html
    filtered = client.get("/caseload/?wijk=Zuid").content.decode()
    assert "Zara Zuidema" in filtered and "Anna Visser" not in filtered
    fragment = client.get("/caseload/?wijk=Zuid", headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in fragment and "Zara Zuidema" in fragment


def test_caseload_cells_keep_dutch_number_format_and_plain_links(client, office, build):
    build.contact(office.own, date(2020, 1, 1))  # 1.615 days before VANDAAG
    build.traject(office.own, "scholing", date(2024, 1, 1))
    build.traject(office.own, "jobcoaching", date(2024, 2, 1))
    client.force_login(office.users[roles.WERKCOACH])
    html = client.get("/caseload/").content.decode()
    assert ">1.615<" in html and f'href="/inwoners/{office.own.pk}/"' in html
    assert "Scholing, Jobcoaching" in html or "Jobcoaching, Scholing" in html


def test_caseload_query_starts_from_the_coach_not_from_every_resident(office):
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    sql, params = caseload_queryset(office.coach, VANDAAG).query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        plan = " | ".join(row[-1] for row in cursor.fetchall())
    assert "SCAN registry_inwoner" not in plan, plan


def _fill_caseload(build, coach, n):
    werkgever = build.werkgever()
    for i in range(n):
        inwoner = build.caseload_inwoner(coach, geboortedatum=date(1970 + i % 30, 1, 1))
        build.contact(inwoner, date(2024, 1, 1 + i % 28))
        build.doel(inwoner, "werkfit", date(2023, 1, 1))
        build.traject(inwoner, "scholing", date(2024, 1, 1))
        build.kind(inwoner, date(2015, 1, 1))
        if i % 5 == 0:
            build.ontmoeting(werkgever, inwoner, date(2024, 2, 1))
        if i % 3 == 0:
            build.vrijwilligersvergoeding(inwoner, date(2024, 6, 1), "180.00")
    return inwoner


@pytest.mark.parametrize("size", [5, 40])
def test_caseload_page_uses_a_fixed_number_of_queries(
    client, office, build, size, django_assert_max_num_queries
):
    _fill_caseload(build, office.coach, size)
    client.force_login(office.users[roles.WERKCOACH])
    # The same for 5 and 40 residents; 18 since the allowance signal's one query (and the
    # audit log's head row), the next appointments, the due to-dos and the count of proposals
    # waiting for the werkcoach; and two processings in the logbook (the rules check and the
    # page itself, which looks up the BSNs of the residents shown for their pseudonyms);
    # the user's groups come with their permissions.
    with django_assert_max_num_queries(17 + 2 * LOGBOOK_PROCESSING + 1):
        response = client.get("/caseload/?per_pagina=100")
    assert (
        response.status_code == 200
        and response.content.decode().count('href="/inwoners/') == size + 1
    )


@pytest.mark.parametrize("history", [1, 30])
def test_dossier_page_uses_a_fixed_number_of_queries(
    client, office, build, history, django_assert_max_num_queries
):
    werkgever = build.werkgever()
    for i in range(history):
        build.contact(office.own, date(2023, 1, 1 + i % 28), werkcoach=office.coach)
        build.doel(office.own, "opleiding", date(2021, 1, 1 + i % 28))
        build.traject(office.own, "jobcoaching", date(2022, 1, 1 + i % 28), date(2022, 3, 1))
        build.ontmoeting(werkgever, office.own, date(2023, 2, 1))
        build.plaatsing(werkgever, office.own, date(2023, 3, 1))
    client.force_login(office.users[roles.WERKCOACH])
    # 26 before the agenda (2 for the caseload row, 2 for the section), the corrections (1),
    # work wishes with proposals (3), the sections aanvragen and betalingen (1 each), the
    # benefits' last payments (1) and one for each theme section (schuldhulp, inburgering,
    # U-pas); two processings in the logbook (the rules check and the dossier view), the
    # resident's BSN for the pseudonym of the second, and the BRP differences it shows;
    # less 5: the user's groups with their permissions, the assignments, the running
    # trajecten and the agenda (next appointment, due to-dos) read once.
    with django_assert_max_num_queries(35 + 2 * LOGBOOK_PROCESSING + 2):
        response = client.get(f"/inwoners/{office.own.pk}/")
    assert response.status_code == 200


def test_links_carry_plain_ids_even_where_numbers_get_thousand_separators(client, office, build):
    big = build.inwoner(pk=33653, voornaam="Groot", achternaam="Getal")
    build.uitkering(big, date(2020, 1, 1))
    build.toewijzing(big, office.coach, date(2020, 1, 1))
    client.force_login(office.users[roles.WERKCOACH])
    assert 'href="/inwoners/33653/"' in client.get("/caseload/").content.decode()
    dossier = client.get("/inwoners/33653/").content.decode()
    assert 'href="/inwoners/33653/contact/"' in dossier and "33.653" not in dossier
