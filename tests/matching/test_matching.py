# SPDX-License-Identifier: EUPL-1.2
"""Matching: the pool, the ranking with its reasons in words (never a score), the pipeline
per vacancy, the werkcoach's agreement or objection, and SROI placements from it."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError

from tests.web.conftest import VANDAAG
from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.employers.services import sroi_voortgang
from werkspoor.matching import services
from werkspoor.matching.models import Oordeel, VoordrachtStatus
from werkspoor.matching.ranking import afstand_km, candidates
from werkspoor.web import roles


@pytest.fixture
def markt(office, build):
    """A vacancy in Overvecht (24 hours, no wage subsidy) and three job seekers:
    - Ali: arrangement 1, goal betaald werk, wants 20-32 hours in zorg, lives in Overvecht;
    - Bea: arrangement 2, wants at most 16 hours, lives in Vleuten-De Meern;
    - Cor: arrangement 1, no wishes recorded, lives in Noordoost, met the employer before.
    Anna Visser (arrangement 3) and a Bbz resident are not in the pool."""
    werkgever = build.werkgever("Zorg Samen", "zorg")
    vacature = build.vacature(werkgever, "Helpende zorg", uren_per_week=24, wijk="Overvecht")
    ali = build.caseload_inwoner(office.coach, arrangement=1, voornaam="Ali", achternaam="Aydin")
    build.doel(ali, "betaald_werk", date(2024, 1, 1))
    build.werkwens(ali, 20, 32, ["zorg"])
    bea = build.caseload_inwoner(
        office.colleague, arrangement=2, voornaam="Bea", achternaam="Bos", wijk="Vleuten-De Meern"
    )
    build.werkwens(bea, 8, 16)
    cor = build.caseload_inwoner(
        office.coach, arrangement=1, voornaam="Cor", achternaam="Cats", wijk="Noordoost"
    )
    build.ontmoeting(werkgever, cor, date(2024, 3, 5))
    zelfstandige = build.inwoner(voornaam="Zef", achternaam="Zelf")
    build.uitkering(zelfstandige, date(2023, 1, 1), regeling="BBZ")
    build.arrangement(zelfstandige, 1, date(2023, 1, 1))
    return vacature, ali, bea, cor


def _texts(kandidaat):
    return [(r.richting, r.tekst) for r in kandidaat.redenen]


def test_the_pool_is_arrangement_1_and_2_with_a_running_benefit_not_bbz(office, markt):
    vacature, ali, bea, cor = markt
    assert {k.inwoner_id for k in candidates(vacature, VANDAAG)} == {ali.pk, bea.pk, cor.pk}


def test_candidates_are_ranked_with_reasons_in_words(office, markt):
    vacature, ali, bea, cor = markt
    ranked = candidates(vacature, VANDAAG)
    assert [k.naam for k in ranked] == ["Ali Aydin", "Cor Cats", "Bea Bos"]
    assert _texts(ranked[0]) == [
        ("voor", "Arrangement 1 (direct naar werk): kan meteen aan de slag"),
        ("voor", "Heeft een actief doel betaald werk in het inwonerplan"),
        ("voor", "Wil 20–32 uur per week werken; de vacature is 24 uur"),
        ("voor", "Wil graag werken in de sector zorg"),
        ("voor", "Woont in dezelfde wijk als de werkplek (Overvecht)"),
    ]
    assert ("voor", "Heeft deze werkgever al ontmoet (05-03-2024)") in _texts(ranked[1])
    assert ("info", "Urenwens is niet vastgelegd") in _texts(ranked[1])
    assert ("voor", "Woont in Noordoost, ongeveer 2,4 km van de werkplek (Overvecht)") in _texts(
        ranked[1]
    )
    assert _texts(ranked[2])[:3] == [
        (
            "voor",
            "Arrangement 2 (werk staat voorop): kan werken met begeleiding of loonkostensubsidie",
        ),
        ("tegen", "Wil hoogstens 16 uur per week werken; de vacature is 24 uur"),
        ("tegen", "De werkgever biedt geen loonkostensubsidie; in arrangement 2 is die vaak nodig"),
    ]
    assert (
        "tegen",
        "Woont in Vleuten-De Meern, ongeveer 7,5 km van de werkplek (Overvecht): een lange reis",
    ) not in _texts(ranked[2])  # 7,5 km: between 'redelijk' and 'ver'


def test_distance_between_wijk_centres():
    assert round(afstand_km("Overvecht", "Noordoost"), 1) == 2.4
    assert afstand_km("Overvecht", "Atlantis") is None


def test_the_candidate_page_shows_reasons_never_a_score(client, office, markt):
    vacature, *_ = markt
    client.force_login(office.users[roles.BEDRIJFSADVISEUR])
    html = client.get(f"/vacatures/{vacature.pk}/kandidaten/").content.decode()
    assert "Pleit voor" in html and "Pleit tegen" in html
    assert "score" not in html.lower() and "punten" not in html.lower()
    record = AuditRecord.objects.get(actie=AuditActie.KANDIDATEN_BEKEKEN)
    assert len(record.detail["inwoners"]) == 3


def test_the_candidate_page_names_the_place_as_the_vacancy_does(client, office, markt):
    vacature, *_ = markt
    vacature.wijk, vacature.werkplek = "", "wisselend, in de regio"
    vacature.save()
    client.force_login(office.users[roles.BEDRIJFSADVISEUR])
    html = client.get(f"/vacatures/{vacature.pk}/kandidaten/").content.decode()
    assert "wisselend, in de regio" in html and "plaats niet bekend" not in html


def test_the_ranking_sees_a_new_work_wish_at_once(office, markt):
    vacature, ali, bea, cor = markt
    assert candidates(vacature, VANDAAG)[-1].naam == "Bea Bos"
    services.save_werkwens(office.users[roles.WERKCOACH], bea, 20, 28, ["zorg"], "")
    bea_now = next(k for k in candidates(vacature, VANDAAG) if k.naam == "Bea Bos")
    assert ("voor", "Wil 20–28 uur per week werken; de vacature is 24 uur") in _texts(bea_now)


def test_the_pipeline_from_proposal_to_placement(client, office, markt):
    vacature, ali, *_ = markt
    adviseur = office.users[roles.BEDRIJFSADVISEUR]
    voordracht = services.propose(adviseur, vacature, ali)
    assert voordracht.status == VoordrachtStatus.VOORGESTELD
    assert voordracht.redenen[0] == {
        "richting": "voor",
        "tekst": "Arrangement 1 (direct naar werk): kan meteen aan de slag",
    }
    assert ali.pk not in {k.inwoner_id for k in candidates(vacature, VANDAAG)}
    with pytest.raises(ValidationError, match="al voorgedragen"):
        services.propose(adviseur, vacature, ali)
    # The adviser cannot see Ali's file yet; after the conversation (an ontmoeting) they can.
    client.force_login(adviseur)
    assert client.get(f"/inwoners/{ali.pk}/").status_code == 403
    services.advance(adviseur, voordracht, "gesprek", VANDAAG)
    assert voordracht.ontmoeting.werkgever == vacature.werkgever
    assert client.get(f"/inwoners/{ali.pk}/").status_code == 200
    with pytest.raises(ValidationError, match="soort plaatsing"):
        services.advance(adviseur, voordracht, "geplaatst", VANDAAG)
    services.advance(adviseur, voordracht, "geplaatst", VANDAAG, soort="sroi")
    assert (voordracht.plaatsing.vacature, voordracht.plaatsing.soort) == (vacature, "sroi")
    with pytest.raises(ValidationError, match="kan de voordracht niet"):
        services.advance(adviseur, voordracht, "afgewezen", VANDAAG, reden="x")
    actions = AuditRecord.objects.filter(inwoner_id=ali.pk).values_list("actie", flat=True)
    assert {AuditActie.VOORGEDRAGEN, AuditActie.VOORDRACHT_GEWIJZIGD} <= set(actions)


def test_sroi_placements_from_the_pipeline_count_towards_the_obligation(office, markt):
    vacature, ali, *_ = markt
    from werkspoor.employers.services import add_sroi

    add_sroi(
        None,
        vacature.werkgever,
        omschrijving="Zorgcontract",
        aantal_plaatsingen=1,
        startdatum=date(2024, 1, 1),
    )
    adviseur = office.users[roles.BEDRIJFSADVISEUR]
    voordracht = services.propose(adviseur, vacature, ali)
    services.advance(adviseur, voordracht, "gesprek", VANDAAG - timedelta(days=1))
    services.advance(adviseur, voordracht, "geplaatst", VANDAAG, soort="sroi")
    (voortgang,) = sroi_voortgang(vacature.werkgever)
    assert voortgang.behaald and voortgang.tekst == "1 van 1 SROI-plaatsingen"


def test_an_objection_stops_the_pipeline_until_rejected(client, office, markt):
    vacature, ali, *_ = markt
    voordracht = services.propose(office.users[roles.BEDRIJFSADVISEUR], vacature, ali)
    client.force_login(office.users[roles.WERKCOACH])
    assert (
        "1 voordracht wacht op uw akkoord of bezwaar" in client.get("/caseload/").content.decode()
    )
    assert "Ali Aydin" in client.get("/voordrachten/").content.decode()
    url = f"/voordrachten/{voordracht.pk}/oordeel/"
    response = client.post(url, {"oordeel": "bezwaar", "toelichting": ""})
    assert response.status_code == 400 and "Leg uit waarom" in response.content.decode()
    client.post(url, {"oordeel": "bezwaar", "toelichting": "Eerst de schulden regelen"})
    voordracht.refresh_from_db()
    assert voordracht.oordeel == Oordeel.BEZWAAR
    adviseur = office.users[roles.BEDRIJFSADVISEUR]
    with pytest.raises(ValidationError, match="bezwaar"):
        services.advance(adviseur, voordracht, "gesprek", VANDAAG)
    client.force_login(adviseur)
    page = client.get(f"/vacatures/{vacature.pk}/").content.decode()
    assert "Bezwaar van de werkcoach" in page and "Eerst de schulden regelen" in page
    response = client.post(
        f"/voordrachten/{voordracht.pk}/stap/?naar=afgewezen",
        {"naar": "afgewezen", "datum": VANDAAG.isoformat(), "reden": "Bezwaar werkcoach"},
    )
    assert response.status_code == 302
    voordracht.refresh_from_db()
    assert (voordracht.status, voordracht.afwijzing_reden) == ("afgewezen", "Bezwaar werkcoach")


def test_only_the_werkcoach_of_the_resident_gives_an_opinion(client, office, markt):
    vacature, ali, bea, _ = markt
    voordracht = services.propose(office.users[roles.BEDRIJFSADVISEUR], vacature, bea)
    client.force_login(office.users[roles.WERKCOACH])  # Bea is Mo's resident
    assert client.get(f"/voordrachten/{voordracht.pk}/oordeel/").status_code in (302, 403)
    client.force_login(office.users[roles.BEDRIJFSADVISEUR])
    assert client.get(f"/voordrachten/{voordracht.pk}/oordeel/").status_code == 403


def test_a_closed_vacancy_takes_no_proposals(office, markt, build):
    vacature, ali, *_ = markt
    vacature.einddatum = date(2024, 5, 1)
    vacature.save()
    with pytest.raises(ValidationError, match="niet \\(meer\\) open"):
        services.propose(office.users[roles.BEDRIJFSADVISEUR], vacature, ali)


def test_arrangement_3_cannot_be_proposed(office, markt):
    vacature, *_ = markt
    with pytest.raises(ValidationError, match="arrangement 1 of 2"):
        services.propose(office.users[roles.BEDRIJFSADVISEUR], vacature, office.own)


def test_a_proposal_is_made_from_the_candidate_page(client, office, markt):
    vacature, ali, *_ = markt
    client.force_login(office.users[roles.BEDRIJFSADVISEUR])
    response = client.post(f"/vacatures/{vacature.pk}/kandidaten/", {"inwoner": ali.pk})
    assert response["Location"] == f"/vacatures/{vacature.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "Voorgesteld (1)" in page and "Ali Aydin" in page and "Wacht op de werkcoach" in page
