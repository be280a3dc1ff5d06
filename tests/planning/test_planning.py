# SPDX-License-Identifier: EUPL-1.2
"""Appointments and to-dos: the next appointment on caseload and dossier, a due to-do as a
signal, completing it, the agenda, and a fixed number of queries for any caseload."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError

from tests.web.conftest import VANDAAG
from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.planning import services
from werkspoor.planning.models import AfspraakStatus
from werkspoor.web import roles
from werkspoor.web.caseload import caseload


def _row(office, inwoner):
    return next(r for r in caseload(office.coach, VANDAAG) if r.inwoner == inwoner)


def test_the_next_appointment_is_the_first_planned_one_from_today(office, build):
    build.afspraak(office.own, VANDAAG - timedelta(days=1))  # yesterday: past
    build.afspraak(office.own, VANDAAG + timedelta(days=3), status=AfspraakStatus.AFGEZEGD)
    build.afspraak(office.own, VANDAAG + timedelta(days=9), tijd="14:30", soort="huisbezoek")
    build.afspraak(office.own, VANDAAG + timedelta(days=9), tijd="09:00", soort="telefonisch")
    row = _row(office, office.own)
    assert (row.volgende_afspraak.datum, row.volgende_afspraak.tijd.hour) == (
        VANDAAG + timedelta(days=9),
        9,
    )
    assert row.afspraak_label == "12-06-2024 09:00 (telefoon)"
    assert _row(office, office.own).afspraak_sortkey < (1,)


def test_planning_an_appointment_in_the_past_is_refused_and_audited_when_made(office):
    user = office.users[roles.WERKCOACH]
    with pytest.raises(ValidationError, match="verleden"):
        services.plan_afspraak(
            user, office.own, office.coach, VANDAAG - timedelta(days=1), "10:00", "kantoor", "x"
        )
    from datetime import time

    afspraak = services.plan_afspraak(
        user, office.own, office.coach, VANDAAG, time(15, 0), "video", "werkcoach"
    )
    record = AuditRecord.objects.get(actie=AuditActie.AFSPRAAK_GEPLAND)
    assert (record.inwoner_id, record.object_id) == (office.own.pk, afspraak.pk)


def test_a_to_do_becomes_a_signal_on_its_due_date_and_leaves_when_completed(office, build):
    today = build.taak(office.own, "Loonstroken opvragen", VANDAAG)
    late = build.taak(office.own, "Verslag sturen", VANDAAG - timedelta(days=2))
    build.taak(office.own, "Later", VANDAAG + timedelta(days=5))
    signals = {s.code: s.label for s in _row(office, office.own).signalen}
    assert signals["taak_vandaag"] == "Taak vandaag: Loonstroken opvragen"
    assert signals["taak_verlopen"] == "Taak verlopen: Verslag sturen (uiterlijk 01-06-2024)"
    user = office.users[roles.WERKCOACH]
    services.complete_taak(user, today)
    services.complete_taak(user, late)
    codes = {s.code for s in _row(office, office.own).signalen}
    assert not codes & {"taak_vandaag", "taak_verlopen"}
    with pytest.raises(ValidationError, match="al afgerond"):
        services.complete_taak(user, late)


def test_a_to_do_needs_a_due_date_from_today(office):
    with pytest.raises(ValidationError, match="verleden"):
        services.add_taak(
            office.users[roles.WERKCOACH], office.own, None, "x", VANDAAG - timedelta(days=1)
        )


@pytest.mark.parametrize("size", [1, 15])
def test_caseload_queries_stay_fixed_with_appointments_and_to_dos(
    office, build, size, django_assert_num_queries
):
    for _ in range(size):
        resident = build.caseload_inwoner(office.coach)
        build.afspraak(resident, VANDAAG + timedelta(days=2))
        build.taak(resident, "Bellen", VANDAAG)
    # Residents, children, trajecten, next appointments, due to-dos, allowances. Nobody has a
    # vrijwilligersvergoeding registration, so the rules check processes nobody's data and
    # writes no Logboek lines (with registrations: tests/web/test_caseload.py).
    with django_assert_num_queries(6):
        caseload(office.coach, VANDAAG)


def test_planning_pages_register_through_the_dossier(client, office):
    client.force_login(office.users[roles.WERKCOACH])
    path = f"/inwoners/{office.own.pk}/"
    response = client.post(
        path + "afspraken/nieuw/",
        {
            "datum": (VANDAAG + timedelta(days=1)).isoformat(),
            "tijd": "11:15",
            "duur_minuten": "30",
            "soort": "kantoor",
            "met": "werkcoach Sanne de Vries",
        },
    )
    assert response.status_code == 302 and response["Location"] == path
    response = client.post(
        path + "taken/nieuw/", {"omschrijving": "Cv nalopen", "vervaldatum": "2024-06-10"}
    )
    assert response.status_code == 302
    html = client.get(path).content.decode()
    assert "04-06-2024 11:15 (kantoor)" in html and "Cv nalopen" in html
    agenda = client.get("/agenda/").content.decode()
    assert "Anna Visser" in agenda and "Cv nalopen" in agenda


def test_a_bad_appointment_keeps_the_input_and_names_the_field(client, office):
    client.force_login(office.users[roles.WERKCOACH])
    response = client.post(
        f"/inwoners/{office.own.pk}/afspraken/nieuw/",
        {"datum": "2024-01-01", "tijd": "", "duur_minuten": "30", "soort": "kantoor", "met": ""},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Vul een tijd in" in html and "Vul in met wie" in html and 'value="2024-01-01"' in html


def test_only_who_writes_in_the_file_completes_its_to_dos(client, office, build):
    taak = build.taak(office.colleagues, "Bellen", VANDAAG)
    client.force_login(office.users[roles.BEDRIJFSADVISEUR])
    url = f"/inwoners/{office.colleagues.pk}/taken/{taak.pk}/afronden/"
    assert client.post(url).status_code == 403
    client.force_login(office.users[roles.TEAMLEIDER])
    assert client.post(url, {"terug": "https://elders.example/"})["Location"] == (
        f"/inwoners/{office.colleagues.pk}/"
    )
    taak.refresh_from_db()
    assert taak.afgerond_op == VANDAAG


def test_agenda_is_for_a_werkcoach_with_a_caseload(client, office):
    client.force_login(office.users[roles.TEAMLEIDER])
    assert client.get("/agenda/").status_code == 403


def test_demo_planning_is_deterministic_per_seed(office, build):
    from werkspoor.planning.demo import add_planning
    from werkspoor.planning.models import Afspraak, Taak

    del office
    first = add_planning(seed=5)
    rows = list(Afspraak.objects.order_by("pk").values_list("inwoner_id", "datum", "tijd"))
    Afspraak.objects.all().delete()
    Taak.objects.all().delete()
    assert add_planning(seed=5) == first
    again = list(Afspraak.objects.order_by("pk").values_list("inwoner_id", "datum", "tijd"))
    assert again == rows and rows


def test_one_residents_next_appointment_and_due_to_dos_come_from_one_read_of_the_file(
    office, build, django_assert_num_queries
):
    """The dossier's row reads them with the agenda section; the same answers as the
    caseload's queries, also when the newest appointments read are all still to come."""
    build.afspraak(office.own, VANDAAG - timedelta(days=1))
    build.afspraak(office.own, VANDAAG + timedelta(days=3), status=AfspraakStatus.AFGEZEGD)
    build.afspraak(office.own, VANDAAG + timedelta(days=9), tijd="09:00")
    build.taak(office.own, "Verslag sturen", VANDAAG - timedelta(days=2))
    build.taak(office.own, "Later", VANDAAG + timedelta(days=5))
    inwoner = type(office.own).objects.get(pk=office.own.pk)
    ids = [inwoner.pk]
    upcoming, due = services.next_appointments(ids, VANDAAG), services.due_tasks(ids, VANDAAG)
    with django_assert_num_queries(2):
        assert services.next_appointments_of([inwoner], VANDAAG) == upcoming
        assert services.due_tasks_of([inwoner], VANDAAG) == due
        services.resident_planning(inwoner)  # already read: no query
    for day in range(services.RESIDENT_AFSPRAKEN):
        build.afspraak(office.own, VANDAAG + timedelta(days=20 + day))
    inwoner = type(office.own).objects.get(pk=office.own.pk)
    found = services.next_appointments_of([inwoner], VANDAAG)
    assert found == services.next_appointments(ids, VANDAAG)
    assert found[inwoner.pk].datum == VANDAAG + timedelta(days=9)
