# SPDX-License-Identifier: EUPL-1.2
"""Registry actions: legal limits from definitions/, Dutch messages, history kept, audited."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.registry import limits
from werkspoor.registry.models import ArrangementPeriode, Toewijzing
from werkspoor.web import roles, services


def test_limits_are_dated_parameters_with_their_source():
    assert limits.parameter("werken_met_behoud_max_maanden", date(2024, 1, 1)) == 24
    assert limits.parameter("werken_met_behoud_max_maanden_jongere", date(2024, 1, 1)) == 6
    with pytest.raises(limits.LimitsConfigError, match="geen waarde"):
        limits.parameter("werken_met_behoud_max_maanden", date(2010, 1, 1))
    assert all(v.bron for values in limits._parameters().values() for v in values)


def test_werken_met_behoud_ends_after_six_months_under_27_and_two_years_otherwise():
    assert limits.werken_met_behoud_uiterste_einddatum(date(2000, 6, 1), date(2024, 1, 31)) == date(
        2024, 7, 31
    )
    assert limits.werken_met_behoud_uiterste_einddatum(date(1980, 6, 1), date(2024, 2, 29)) == date(
        2026, 2, 28
    )


def test_werken_met_behoud_beyond_the_legal_maximum_is_refused(office):
    young = office.own
    young.geboortedatum = date(2001, 1, 1)
    young.save()
    user = office.users[roles.WERKCOACH]
    with pytest.raises(ValidationError) as refused:
        services.start_traject(user, young, "werken_met_behoud", date(2024, 1, 1), date(2024, 9, 1))
    assert "maximaal 6 maanden" in str(refused.value) and "01-07-2024" in str(refused.value)
    traject = services.start_traject(
        user, young, "werken_met_behoud", date(2024, 1, 1), date(2024, 7, 1)
    )
    assert traject.pk and AuditRecord.objects.filter(actie=AuditActie.TRAJECT_GESTART).count() == 1


def test_loonkostensubsidie_needs_a_loonwaarde(office):
    with pytest.raises(ValidationError, match="vastgestelde loonwaarde"):
        services.start_traject(
            office.users[roles.WERKCOACH], office.own, "loonkostensubsidie", date(2024, 1, 1)
        )


def test_closing_a_goal_keeps_its_start_and_records_the_status_date(office):
    user = office.users[roles.WERKCOACH]
    doel = services.add_goal(user, office.own, "werkfit", date(2024, 1, 10))
    with pytest.raises(ValidationError, match="na de startdatum"):
        services.close_goal(user, doel, "behaald", date(2024, 1, 10))
    services.close_goal(user, doel, "behaald", date(2024, 5, 1))
    doel.refresh_from_db()
    assert (doel.startdatum, doel.status, doel.statusdatum) == (
        date(2024, 1, 10),
        "behaald",
        date(2024, 5, 1),
    )
    with pytest.raises(ValidationError, match="al afgesloten"):
        services.close_goal(user, doel, "gestopt", date(2024, 5, 2))


def test_changing_arrangement_ends_the_old_period_and_keeps_the_reason(office):
    user = office.users[roles.WERKCOACH]
    with pytest.raises(ValidationError, match="reden"):
        services.change_arrangement(user, office.own, 2, date(2024, 3, 1), " ")
    services.change_arrangement(user, office.own, 2, date(2024, 3, 1), "Loonwaarde nu 60%")
    periods = list(ArrangementPeriode.objects.filter(inwoner=office.own).order_by("startdatum"))
    assert [(p.arrangement, p.einddatum) for p in periods] == [(3, date(2024, 3, 1)), (2, None)]
    assert (
        AuditRecord.objects.get(actie=AuditActie.ARRANGEMENT_GEWIJZIGD).reden == "Loonwaarde nu 60%"
    )


def test_reassignment_keeps_the_history_of_coaches(office):
    services.reassign(
        office.users[roles.TEAMLEIDER], office.own, office.colleague, date(2024, 6, 1)
    )
    history = list(Toewijzing.objects.filter(inwoner=office.own).order_by("startdatum"))
    assert [(t.werkcoach, t.einddatum) for t in history] == [
        (office.coach, date(2024, 6, 1)),
        (office.colleague, None),
    ]
    with pytest.raises(ValidationError, match="al aan deze werkcoach"):
        services.reassign(
            office.users[roles.TEAMLEIDER], office.own, office.colleague, date(2024, 6, 2)
        )


def test_a_contact_in_the_future_is_refused(office):
    with pytest.raises(ValidationError, match="toekomst"):
        services.register_contact(
            office.users[roles.WERKCOACH], office.own, date(2030, 1, 1), "mail"
        )


def test_a_refused_traject_form_keeps_what_was_typed_and_names_the_field(client, office):
    client.force_login(office.users[roles.WERKCOACH])
    office.own.geboortedatum = date(2001, 1, 1)
    office.own.save()
    response = client.post(
        f"/inwoners/{office.own.pk}/trajecten/nieuw/",
        {
            "instrument": "werken_met_behoud",
            "startdatum": "2024-01-01",
            "einddatum": "2024-12-01",
            "loonwaarde": "",
        },
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "maximaal 6 maanden" in html and 'value="2024-12-01"' in html
    assert 'aria-invalid="true"' in html and 'id="id_einddatum_fout"' in html


def test_loonwaarde_above_100_gets_a_dutch_message(client, office):
    client.force_login(office.users[roles.WERKCOACH])
    response = client.post(
        f"/inwoners/{office.own.pk}/trajecten/nieuw/",
        {
            "instrument": "loonkostensubsidie",
            "startdatum": "2024-01-01",
            "loonwaarde": "120",
        },
    )
    assert response.status_code == 400
    assert "tussen 0 en 100 procent" in response.content.decode()


def test_registering_a_contact_through_the_form_returns_to_the_file(client, office):
    client.force_login(office.users[roles.WERKCOACH])
    response = client.post(
        f"/inwoners/{office.own.pk}/contact/", {"datum": "2024-06-03", "kanaal": "telefonisch"}
    )
    assert response.status_code == 302 and response["Location"] == f"/inwoners/{office.own.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert (
        "Het contactmoment is geregistreerd." in page
        and "Contact telefonisch met Sanne de Vries" in page
    )
