# SPDX-License-Identifier: EUPL-1.2
"""The schuldhulpverlener's work: the work list's deadlines and order, the registered steps
with their Dutch messages, and the audit trail. Today is 2024-06-03 (tests/web/conftest)."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.debt import services
from werkspoor.debt.models import Schuldhulptraject
from werkspoor.registry.models import Inwoner
from werkspoor.web import roles

TODAY = date(2024, 6, 3)


def test_urgent_registrations_come_first_with_their_working_day_deadline(build):
    """Spoed on Thursday 28 March 2024: Goede Vrijdag and Tweede Paasdag do not count, the
    deadline is Thursday 4 April, 60 days before today. A normal registration of 20 May has
    until 17 June (28 days): 14 days left. One of 1 May has until 29 May: 5 days late."""
    person = build.inwoner()
    normal = build.schuldhulp(build.inwoner(), date(2024, 5, 20))
    late = build.schuldhulp(build.inwoner(), date(2024, 5, 1))
    urgent = build.schuldhulp(person, date(2024, 3, 28), spoed=True)
    build.schuldhulp(build.inwoner(), date(2024, 5, 2), eerste_gesprek=date(2024, 5, 10))
    rows = services.werklijst(TODAY)
    assert [row.traject for row in rows] == [urgent, late, normal]
    assert rows[0].deadline.uiterste_dag == date(2024, 4, 4)
    assert rows[0].deadline.label == "60 dagen te laat"
    assert rows[1].deadline.label == "5 dagen te laat"
    assert rows[2].deadline.uiterste_dag == date(2024, 6, 17)
    assert rows[2].deadline.label == "nog 14 dagen"


def test_signals_within_the_contact_term_and_the_lapsed_ones_counted(build):
    person = build.inwoner()
    recent = build.vroegsignaal(person, date(2024, 5, 20))
    build.vroegsignaal(person, date(2024, 4, 1))  # lapsed on 29 April
    build.vroegsignaal(person, date(2024, 5, 25), contactdatum=date(2024, 5, 28))
    rows, lapsed = services.te_contacteren(TODAY)
    assert [row.signaal for row in rows] == [recent] and lapsed == 1
    everything = services.met_deadline(services.alle_open_signalen(TODAY), TODAY)
    assert [row.deadline.label for row in everything] == ["35 dagen te laat", "nog 14 dagen"]


def test_the_steps_of_a_trajectory_are_checked_and_audited(build, office):
    user = build.user(roles.SCHULDHULPVERLENER, "sv")
    person = build.inwoner()
    traject = services.aanmelden(user, person, date(2024, 5, 1), spoed=False)
    with pytest.raises(ValidationError, match="al een lopend schuldhulptraject"):
        services.aanmelden(user, person, date(2024, 5, 2), spoed=True)
    with pytest.raises(ValidationError, match="Registreer eerst het eerste gesprek"):
        services.plan(user, traject, date(2024, 5, 3), "schuldregeling")
    with pytest.raises(ValidationError) as error:
        services.eerste_gesprek(user, traject, date(2024, 4, 30))
    assert "vóór de aanmelding (01-05-2024)" in str(error.value)
    with pytest.raises(ValidationError, match="in de toekomst"):
        services.eerste_gesprek(user, traject, date(2024, 6, 4))
    services.eerste_gesprek(user, traject, date(2024, 5, 29))  # day 28: on time
    services.plan(user, traject, date(2024, 5, 31), "schuldregeling")
    services.plan(user, traject, date(2024, 6, 1), "wsnp")  # the kind changed later
    traject.refresh_from_db()
    assert (traject.plan_datum, traject.soort) == (date(2024, 5, 31), "wsnp")
    services.afsluiten(user, traject, date(2024, 6, 3), "doorverwezen")
    steps = [
        (r.detail["stap"], r.detail.get("op_tijd"))
        for r in AuditRecord.objects.filter(actie=AuditActie.SCHULDHULP_GEWIJZIGD).order_by(
            "volgnummer"
        )
    ]
    assert steps == [
        ("aanmelding", None),
        ("eerste_gesprek", True),
        ("plan", None),
        ("soort", None),
        ("einde", None),
    ]


def test_contact_after_a_signal_can_register_the_request_for_help(build):
    user = build.user(roles.SCHULDHULPVERLENER, "sv")
    signaal = build.vroegsignaal(build.inwoner(), date(2024, 5, 20), bron="water")
    traject = services.signaal_opvolgen(user, signaal, date(2024, 5, 22), True, spoed=True)
    signaal.refresh_from_db()
    assert signaal.aanmelding and signaal.contactdatum == date(2024, 5, 22)
    assert (traject.aanmelddatum, traject.spoed) == (date(2024, 5, 22), True)
    with pytest.raises(ValidationError, match="al geregistreerd"):
        services.signaal_opvolgen(user, signaal, date(2024, 5, 23), False, spoed=False)


def test_a_registration_for_an_unknown_bsn_registers_the_resident(client, themes):
    client.force_login(themes.users[roles.SCHULDHULPVERLENER])
    form = {"aanmelddatum": "2024-06-03", "spoed": "ja", "bsn": "999990019"}
    response = client.post("/schulden/aanmelden/", form)
    assert response.status_code == 400
    assert "Dit BSN staat niet in de registratie" in response.content.decode()
    assert 'value="999990019"' in response.content.decode()  # nothing typed is lost
    form |= {
        "voornaam": "Rosa",
        "achternaam": "Peters",
        "geboortedatum": "1990-02-03",
        "wijk": "Zuidwest",
        "huishoudtype": "alleenstaande_ouder",
    }
    response = client.post("/schulden/aanmelden/", form)
    person = Inwoner.objects.get(bsn="999990019")
    assert response.status_code == 302
    assert response["Location"] == f"/schulden/inwoners/{person.pk}/"
    assert Schuldhulptraject.objects.get(inwoner=person).spoed
    registered = AuditRecord.objects.get(actie=AuditActie.INWONER_GEREGISTREERD)
    assert registered.inwoner_id == person.pk and registered.detail == {"via": "schuldhulp"}
    page = client.get("/schulden/").content.decode()
    assert "Rosa Peters" in page and "3 werkdagen" in page


def test_the_work_list_view_is_audited_without_personal_data(client, themes):
    client.force_login(themes.users[roles.SCHULDHULPVERLENER])
    html = client.get("/schulden/").content.decode()
    assert "Anna Visser" in html  # registered 2024-05-20, no first talk yet
    record = AuditRecord.objects.get(actie=AuditActie.WERKLIJST_BEKEKEN)
    assert record.detail == {"werklijst": "schuldhulp", "aantal": 2}
    assert record.inwoner_id is None
