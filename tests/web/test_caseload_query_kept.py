# SPDX-License-Identifier: EUPL-1.2
"""The caseload's query is built once per coach and day and handed out as copies: what it
reads is read afresh on every visit."""

from datetime import date

import pytest

from werkspoor.web import roles
from werkspoor.web.caseload import caseload, caseload_queryset

from .conftest import VANDAAG

pytestmark = pytest.mark.django_db


def test_each_visit_gets_a_fresh_copy_of_the_query(office):
    first, second = (
        caseload_queryset(office.coach, VANDAAG),
        caseload_queryset(office.coach, VANDAAG),
    )
    assert first is not second and first.query is not second.query
    assert list(first) == [office.own]
    assert second._result_cache is None  # nothing read is shared
    assert str(first.query) == str(second.query)
    other_day = caseload_queryset(office.coach, date(2024, 6, 4)).query.sql_with_params()[1]
    assert "2024-06-04" in map(str, other_day)


def test_a_change_shows_on_the_next_visit(office, build, client):
    assert [row.inwoner for row in caseload(office.coach, VANDAAG)] == [office.own]
    newcomer = build.caseload_inwoner(office.coach, voornaam="Nina", achternaam="Nieuw")
    build.traject(office.own, "jobcoaching", date(2024, 2, 1))
    rows = {row.inwoner: row for row in caseload(office.coach, VANDAAG)}
    assert set(rows) == {office.own, newcomer}
    assert [t.instrument for t in rows[office.own].lopende_trajecten] == ["jobcoaching"]
    client.force_login(office.users[roles.WERKCOACH])
    assert "Nieuw" in client.get("/caseload/").content.decode()
    assert [row.inwoner for row in caseload(office.colleague, VANDAAG)] == [office.colleagues]
