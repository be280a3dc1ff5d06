# SPDX-License-Identifier: EUPL-1.2
"""The dossier reads a resident's registrations with SQL compiled once (web/dossier.py) and
writes its dates with `|datum`: the same rows and the same text as the ORM and `|date`, and
no more queries than before."""

from datetime import UTC, date, datetime

import pytest
from django.template import Context, Template

from werkspoor.employers.models import Ontmoeting, Plaatsing
from werkspoor.registry.models import Inwoner
from werkspoor.web import dossier, roles

# The dossier's queries on the test office: session and user, access, the resident and its
# caseload row, each kind of registration once, the sections, and the audit record with its
# logbook line in one transaction (46 before the payments were read once for both places;
# 45 before the user's groups came with their permissions and the dossier read the
# assignments, the running trajecten and the agenda once each).
DOSSIER_QUERIES = 40


def _values(obj) -> dict:
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}


@pytest.fixture
def busy(office, build):
    """A resident with several of every kind, a contact without a coach, and a moment."""
    inwoner = office.own
    build.uitkering(inwoner, date(2019, 1, 1), date(2019, 12, 31))
    build.arrangement(inwoner, 2, date(2018, 1, 1), date(2019, 1, 1))
    build.toewijzing(inwoner, office.colleague, date(2018, 1, 1), date(2019, 1, 1))
    build.doel(inwoner, "werkfit", date(2024, 1, 1))
    build.doel(
        inwoner, "opleiding", date(2024, 1, 1), status="behaald", statusdatum=date(2024, 3, 1)
    )
    build.traject(inwoner, "scholing", date(2023, 5, 1), date(2023, 9, 1))
    build.deeltijdwerk(inwoner, date(2024, 2, 1))
    build.contact(inwoner, date(2024, 5, 1), werkcoach=office.coach, notitie="Gesproken")
    build.contact(inwoner, date(2024, 5, 1), kanaal="telefonisch")
    build.contact(inwoner, date(2024, 4, 1), werkcoach=office.colleague)
    werkgever = build.werkgever()
    build.ontmoeting(werkgever, inwoner, date(2024, 2, 1))
    build.ontmoeting(build.werkgever("Bakkerij"), inwoner, date(2024, 3, 1))
    build.plaatsing(werkgever, inwoner, date(2024, 4, 1))
    build.betaling(inwoner, date(2024, 5, 1), "1100.10")
    return Inwoner.objects.get(pk=inwoner.pk)


@pytest.mark.parametrize(
    ("reader", "orm", "related"),
    [
        ("_uitkeringen", lambda i: i.uitkeringen.order_by("-startdatum"), None),
        ("_arrangementen", lambda i: i.arrangementen.order_by("-startdatum"), None),
        (
            "_toewijzingen",
            lambda i: i.toewijzingen.select_related("werkcoach").order_by("-startdatum"),
            "werkcoach",
        ),
        ("_doelen", lambda i: i.doelen.order_by("-startdatum", "-pk"), None),
        ("_trajecten", lambda i: i.trajecten.order_by("-startdatum", "-pk"), None),
        ("_deeltijdwerk", lambda i: i.deeltijdwerk.order_by("-startdatum"), None),
        (
            "_contactmomenten",
            lambda i: i.contactmomenten.select_related("werkcoach").order_by("-datum", "-pk"),
            "werkcoach",
        ),
        (
            "_ontmoetingen",
            lambda i: (
                Ontmoeting.objects.filter(inwoner=i).select_related("werkgever").order_by("-datum")
            ),
            "werkgever",
        ),
        (
            "_plaatsingen",
            lambda i: (
                Plaatsing.objects.filter(inwoner=i).select_related("werkgever").order_by("-datum")
            ),
            "werkgever",
        ),
    ],
)
def test_each_kind_reads_the_rows_the_orm_reads(
    busy, reader, orm, related, django_assert_num_queries
):
    expected = list(orm(busy))
    assert len(expected) >= 1
    with django_assert_num_queries(1):
        found = getattr(dossier, reader)(busy)
        # The joined row and the resident come along: no query for either.
        for row in found:
            assert row.inwoner is busy
            if related:
                getattr(row, related)
    assert [_values(r) for r in found] == [_values(r) for r in expected]
    assert [type(r) for r in found] == [type(r) for r in expected]
    assert all(not r._state.adding and r._state.db == "default" for r in found)
    if related:
        joined = [getattr(r, related) for r in found]
        assert [j and _values(j) for j in joined] == [
            j and _values(j) for j in (getattr(r, related) for r in expected)
        ]
    if reader == "_contactmomenten":
        assert None in [r.werkcoach for r in found]  # the outer join: a contact without coach


def test_the_dossier_shows_every_registration_in_a_bounded_number_of_queries(
    client, office, busy, django_assert_max_num_queries
):
    client.force_login(office.users[roles.WERKCOACH])
    client.get(f"/inwoners/{busy.pk}/")  # the first view creates the logbook's segment
    with django_assert_max_num_queries(DOSSIER_QUERIES) as captured:
        html = client.get(f"/inwoners/{busy.pk}/").content.decode()
    for text in ("Fietsenwinkel Ahmet", "Bakkerij", "Gesproken", "Mo Bakker", "01-02-2024"):
        assert text in html
    # The benefit table's amount and the payments section: one read of the payments.
    payments = [q for q in captured.captured_queries if "payments_betaling" in q["sql"]]
    assert len(payments) == 1
    assert html.count("mei 2024") >= 2


@pytest.mark.parametrize(
    "value",
    [
        date(2024, 3, 5),
        date(987, 12, 1),
        datetime(2024, 3, 31, 23, 30, tzinfo=UTC),  # a moment: the next day in Amsterdam
        None,
        "",
    ],
)
@pytest.mark.parametrize("form", ["d-m-Y", "Y-m-d", "j F Y"])
def test_datum_writes_what_the_date_filter_writes(value, form):
    context = Context({"v": value, "f": form})
    ours = Template("{% load datums %}{{ v|datum:f }}|{{ v|datum|default:'lopend' }}")
    django = Template("{{ v|date:f }}|{{ v|date:'d-m-Y'|default:'lopend' }}")
    assert ours.render(context) == django.render(context)
