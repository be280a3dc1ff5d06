# SPDX-License-Identifier: EUPL-1.2
"""The bedrijfsadviseur's employer screens: werkgevers with KvK number, contact persons,
SROI obligations and their progress, vacancies, meetings and placements from the screen."""

from datetime import date
from html import unescape

import pytest
from django.core.exceptions import ValidationError

from tests.web.conftest import VANDAAG
from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.employers import services
from werkspoor.employers.models import Ontmoeting, Plaatsing, SroiVerplichting, Vacature, Werkgever
from werkspoor.web import roles


@pytest.fixture
def adviseur(client, office):
    client.force_login(office.users[roles.BEDRIJFSADVISEUR])
    return client


def test_registering_an_employer_checks_the_kvk_number(adviseur):
    form = {"naam": "Bakkerij Bol", "kvk_nummer": "1234", "sector": "horeca", "wijk": "Oost"}
    response = adviseur.post("/werkgevers/nieuw/", form)
    assert response.status_code == 400 and "8 cijfers" in response.content.decode()
    response = adviseur.post("/werkgevers/nieuw/", {**form, "kvk_nummer": "30123456"})
    werkgever = Werkgever.objects.get(kvk_nummer="30123456")
    assert response["Location"] == f"/werkgevers/{werkgever.pk}/"
    response = adviseur.post("/werkgevers/nieuw/", {**form, "kvk_nummer": "30123456"})
    assert "al een werkgever met dit KvK-nummer" in unescape(response.content.decode())
    assert AuditRecord.objects.filter(actie=AuditActie.WERKGEVER_GEREGISTREERD).count() == 1


def test_contact_persons_and_sroi_progress_on_the_employer_page(adviseur, office, build):
    werkgever = build.werkgever("Groen BV", "groenvoorziening")
    url = f"/werkgevers/{werkgever.pk}/"
    response = adviseur.post(
        url + "contactpersonen/nieuw/",
        {"naam": "Petra Groen", "functie": "HR", "telefoon": "030-1234567", "email": "p@x.nl"},
    )
    assert response["Location"] == url
    response = adviseur.post(
        url + "sroi/nieuw/",
        {
            "omschrijving": "Groenonderhoud 2024",
            "aantal_plaatsingen": "2",
            "startdatum": "2024-01-01",
            "einddatum": "2025-01-01",
        },
    )
    assert response["Location"] == url
    build.plaatsing(werkgever, office.own, date(2024, 3, 1), soort="sroi")
    build.plaatsing(werkgever, office.colleagues, date(2023, 12, 1), soort="sroi")  # before
    build.plaatsing(werkgever, office.elsewhere, date(2024, 4, 1), soort="regulier")
    (voortgang,) = services.sroi_voortgang(werkgever)
    assert (voortgang.gerealiseerd, voortgang.behaald) == (1, False)
    html = adviseur.get(url).content.decode()
    assert "Petra Groen" in html and "1 van 2 SROI-plaatsingen" in html


def test_a_vacancy_is_registered_from_the_employer_page(adviseur, build):
    werkgever = build.werkgever()
    response = adviseur.post(
        f"/werkgevers/{werkgever.pk}/vacatures/nieuw/",
        {
            "titel": "Fietsenmaker",
            "uren_per_week": "24",
            "aantal": "1",
            "eisen": "Handig met gereedschap",
            "wijk": "Zuid",
            "werkplek": "Utrecht, Zuid",
            "startdatum": "2024-06-01",
            "einddatum": "",
            "loonkostensubsidie_mogelijk": "on",
        },
    )
    vacature = Vacature.objects.get(titel="Fietsenmaker")
    assert response["Location"] == f"/vacatures/{vacature.pk}/"
    assert (vacature.uren_per_week, vacature.wijk, vacature.loonkostensubsidie_mogelijk) == (
        24,
        "Zuid",
        True,
    )
    response = adviseur.post(
        f"/vacatures/{vacature.pk}/bewerken/",
        {"titel": "Fietsenmaker", "aantal": "1", "startdatum": "2024-06-01", "wijk": "Nergens"},
    )
    assert response.status_code == 400


def test_meetings_and_placements_only_for_job_seekers_or_residents_the_employer_knows(
    adviseur, office, build
):
    werkgever = build.werkgever()
    office.own.bsn = "111222333"
    office.own.save()
    url = f"/werkgevers/{werkgever.pk}/ontmoetingen/nieuw/"
    response = adviseur.post(url, {"inwoner": "111222333", "datum": "2024-06-01"})
    assert response.status_code == 400  # arrangement 3: not a job seeker of employer services
    assert "arrangement 1 of 2" in response.content.decode()
    build.caseload_inwoner(office.coach, arrangement=1, bsn="123456782", voornaam="Job")
    response = adviseur.post(url, {"inwoner": "123456782", "datum": "2024-06-01"})
    assert response.status_code == 302
    response = adviseur.post(url, {"inwoner": "123456789", "datum": "2024-06-01"})
    assert "elfproef" in response.content.decode()
    plaatsing_url = f"/werkgevers/{werkgever.pk}/plaatsingen/nieuw/"
    response = adviseur.post(
        plaatsing_url, {"inwoner": "123456782", "datum": "2024-12-01", "soort": "sroi"}
    )
    assert response.status_code == 400 and "eerste werkdag" in response.content.decode()
    response = adviseur.post(
        plaatsing_url, {"inwoner": "123456782", "datum": "2024-06-03", "soort": "sroi"}
    )
    assert response.status_code == 302
    assert Ontmoeting.objects.filter(werkgever=werkgever).count() == 1
    assert Plaatsing.objects.get(werkgever=werkgever).soort == "sroi"
    assert AuditRecord.objects.filter(actie=AuditActie.PLAATSING_GEREGISTREERD).count() == 1


def test_the_employer_list_counts_per_employer_without_multiplying(adviseur, office, build):
    werkgever = build.werkgever("Zorg Samen", "zorg")
    for inwoner in (office.own, office.colleagues):
        build.ontmoeting(werkgever, inwoner, date(2024, 2, 1))
        build.plaatsing(werkgever, inwoner, date(2024, 3, 1))
    build.plaatsing(werkgever, office.elsewhere, date(2023, 3, 1))  # last year
    build.vacature(werkgever, startdatum=date(2024, 1, 1))
    build.vacature(werkgever, startdatum=date(2024, 1, 1), einddatum=date(2024, 2, 1))
    row = services.werkgevers_overzicht(VANDAAG, "Zorg").get()
    assert (row.open_vacatures, row.ontmoetingen_jaar, row.plaatsingen_jaar) == (1, 2, 2)
    html = adviseur.get("/werkgevers/?q=Zorg").content.decode()
    assert "Zorg Samen" in html and "Fietsenwinkel" not in html


def test_sroi_obligation_needs_at_least_one_placement(build):
    werkgever = build.werkgever()
    with pytest.raises(ValidationError):
        services.add_sroi(
            None, werkgever, omschrijving="x", aantal_plaatsingen=0, startdatum=date(2024, 1, 1)
        )
    assert not SroiVerplichting.objects.exists()


@pytest.mark.parametrize("role", [roles.WERKCOACH, roles.TEAMLEIDER, roles.BELEID])
def test_other_roles_do_not_use_the_employer_screens(client, office, role, build):
    werkgever = build.werkgever()
    client.force_login(office.users[role])
    assert client.get("/werkgevers/").status_code == 403
    assert client.get(f"/werkgevers/{werkgever.pk}/").status_code == 403
