# SPDX-License-Identifier: EUPL-1.2
"""The consulent's screens, the payments check for functioneel beheer and the dossier's new
sections: who may open what, and the flows through the forms."""

from datetime import date
from decimal import Decimal

import pytest

from werkspoor.applications.models import Aanvraag
from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.registry.models import Inwoner, Uitkering
from werkspoor.web import roles

ROLLEN = (
    "anoniem",
    roles.WERKCOACH,
    roles.TEAMLEIDER,
    roles.BEDRIJFSADVISEUR,
    roles.BELEID,
    roles.FUNCTIONEEL_BEHEER,
    roles.CONSULENT,
)


@pytest.fixture
def kantoor(build):
    """A werkcoach with one resident (PW, paid in May 2024), an open application of another
    resident, and one user per role."""
    team = build.team("Team Overvecht")
    coach = build.werkcoach("Sanne de Vries", team=team)
    eigen = build.caseload_inwoner(coach, voornaam="Anna", achternaam="Visser")
    build.aanvraag(
        eigen, "PW", date(2019, 12, 10), besluit="toekenning", besluitdatum=date(2020, 1, 20)
    )
    build.betaling(eigen, date(2024, 5, 1), "1283.83")
    aanvrager = build.inwoner(voornaam="Bo", achternaam="Aanvrager", bsn="111222333")
    open_aanvraag = build.aanvraag(aanvrager, "PW", date(2024, 5, 20))
    users = {
        roles.WERKCOACH: build.user(roles.WERKCOACH, "werkcoach", werkcoach=coach),
        roles.TEAMLEIDER: build.user(roles.TEAMLEIDER, "teamleider", teams=[team]),
        roles.BEDRIJFSADVISEUR: build.user(roles.BEDRIJFSADVISEUR, "bedrijfsadviseur"),
        roles.BELEID: build.user(roles.BELEID, "beleid"),
        roles.FUNCTIONEEL_BEHEER: build.user(roles.FUNCTIONEEL_BEHEER, "beheer"),
        roles.CONSULENT: build.user(roles.CONSULENT, "consulent"),
    }
    return {"eigen": eigen, "aanvraag": open_aanvraag, "users": users}


CONSULENT_ONLY = dict.fromkeys(ROLLEN, 403) | {"anoniem": "login", roles.CONSULENT: 200}
MATRIX = {
    "/aanvragen/": CONSULENT_ONLY,
    "/aanvragen/nieuw/": CONSULENT_ONLY,
    "/aanvragen/{aanvraag}/": CONSULENT_ONLY,
    "/aanvragen/{aanvraag}/opschorting/": CONSULENT_ONLY,
    "/aanvragen/{aanvraag}/opschorting/einde/": CONSULENT_ONLY,
    "/aanvragen/{aanvraag}/besluit/": CONSULENT_ONLY,
    "/beheer/controle/": dict.fromkeys(ROLLEN, 403)
    | {"anoniem": "login", roles.FUNCTIONEEL_BEHEER: 200},
    # Functioneel beheer has the list of differences, not the files behind it.
    "/inwoners/{eigen}/berekening/?maand=2024-05": dict.fromkeys(ROLLEN, 403)
    | {"anoniem": "login", roles.WERKCOACH: 200, roles.TEAMLEIDER: 200},
    # The consulent handles applications; the werkcoach's files stay closed to the role.
    "/inwoners/{eigen}/": {roles.CONSULENT: 403},
    "/caseload/": {roles.CONSULENT: 403},
}
CASES = [(url, role, expected) for url, row in MATRIX.items() for role, expected in row.items()]


@pytest.mark.parametrize(("url", "role", "expected"), CASES, ids=[f"{u}-{r}" for u, r, _ in CASES])
def test_every_new_screen_answers_each_role(client, kantoor, url, role, expected):
    if role != "anoniem":
        client.force_login(kantoor["users"][role])
    path = url.format(aanvraag=kantoor["aanvraag"].pk, eigen=kantoor["eigen"].pk)
    response = client.get(path)
    if expected == "login":
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    else:
        assert response.status_code == expected


def test_every_url_of_the_new_apps_is_in_the_matrix():
    from django.urls import get_resolver

    patterns = {
        str(p.pattern)
        for module in ("werkspoor.applications.urls", "werkspoor.payments.urls")
        for p in get_resolver(module).url_patterns
    }
    assert len(patterns) == 8, "a new URL needs a row in MATRIX"


def test_the_menu_offers_the_werkvoorraad_to_the_consulent_and_the_check_to_beheer(client, kantoor):
    client.force_login(kantoor["users"][roles.CONSULENT])
    page = client.get("/").content.decode()
    assert 'href="/aanvragen/"' in page and 'href="/beheer/controle/"' not in page
    client.force_login(kantoor["users"][roles.FUNCTIONEEL_BEHEER])
    page = client.get("/").content.decode()
    assert 'href="/beheer/controle/"' in page and 'href="/aanvragen/"' not in page


def test_the_werkvoorraad_lists_open_applications_and_is_audited(client, kantoor):
    client.force_login(kantoor["users"][roles.CONSULENT])
    html = client.get("/aanvragen/").content.decode()
    # 2024-05-20 + 56 days = 2024-07-15: 42 days left.
    assert "Bo Aanvrager" in html and "15-07-2024" in html and ">42<" in html
    assert "Anna Visser" not in html  # decided
    assert AuditRecord.objects.filter(actie=AuditActie.WERKVOORRAAD_BEKEKEN).exists()
    assert "Bo Aanvrager" not in client.get("/aanvragen/?signaal=te_laat").content.decode()


def test_registering_a_new_applicant_keeps_what_was_typed_when_something_is_missing(
    client, kantoor
):
    client.force_login(kantoor["users"][roles.CONSULENT])
    form = {"bsn": "123456782", "regeling": "PW", "aanvraagdatum": "2024-06-03"}
    response = client.post("/aanvragen/nieuw/", form)
    assert response.status_code == 400
    assert "Deze aanvrager staat nog niet in de registratie" in response.content.decode()
    assert 'value="123456782"' in response.content.decode()
    form |= {
        "voornaam": "Cor",
        "achternaam": "Nieuw",
        "geboortedatum": "1990-02-02",
        "wijk": "Zuid",
        "huishoudtype": "alleenstaande",
        "aantal_kostendelers": "1",
        "meldingsdatum": "2024-05-31",
    }
    response = client.post("/aanvragen/nieuw/", form)
    aanvraag = Aanvraag.objects.get(inwoner__bsn="123456782")
    assert response.status_code == 302 and response["Location"] == f"/aanvragen/{aanvraag.pk}/"
    assert aanvraag.meldingsdatum == date(2024, 5, 31)
    assert set(AuditRecord.objects.values_list("actie", flat=True)) == {
        AuditActie.AANVRAGER_GEREGISTREERD,
        AuditActie.AANVRAAG_GEREGISTREERD,
    }


def test_an_existing_resident_is_found_by_bsn(client, kantoor):
    client.force_login(kantoor["users"][roles.CONSULENT])
    form = {"bsn": "111 222 333", "regeling": "bijzondere_bijstand", "aanvraagdatum": "2024-06-03"}
    assert client.post("/aanvragen/nieuw/", form).status_code == 302
    assert Inwoner.objects.filter(bsn="111222333").count() == 1
    assert Aanvraag.objects.filter(regeling="bijzondere_bijstand").count() == 1


def test_decision_flows_through_the_form(client, kantoor):
    client.force_login(kantoor["users"][roles.CONSULENT])
    aanvraag = kantoor["aanvraag"]
    url = f"/aanvragen/{aanvraag.pk}/besluit/"
    response = client.post(url, {"besluit": "afwijzing", "besluitdatum": "2024-06-03"})
    assert response.status_code == 400
    assert "Kies de reden van de afwijzing" in response.content.decode()
    response = client.post(
        url, {"besluit": "toekenning", "besluitdatum": "2024-06-03", "startdatum": "2024-05-20"}
    )
    assert response.status_code == 302
    uitkering = Uitkering.objects.get(aanvraag=aanvraag)
    assert uitkering.startdatum == date(2024, 5, 20)
    page = client.get(response["Location"]).content.decode()
    assert "gaat in op 20-05-2024" in page and "Toekenning op 03-06-2024" in page


def test_suspension_flows_through_the_form(client, kantoor):
    client.force_login(kantoor["users"][roles.CONSULENT])
    aanvraag = kantoor["aanvraag"]
    base = f"/aanvragen/{aanvraag.pk}/opschorting/"
    assert client.post(base, {"vanaf": "2024-05-25", "reden": "loonstroken"}).status_code == 302
    page = client.get(f"/aanvragen/{aanvraag.pk}/").content.decode()
    assert "loopt sinds 25-05-2024" in page and "opschorting beëindigen" in page
    assert client.post(base + "einde/", {"tot": "2024-06-01"}).status_code == 302
    aanvraag.refresh_from_db()
    assert aanvraag.opschorting_dagen == 7


def test_the_dossier_shows_applications_and_payments_with_the_calculation(client, kantoor):
    client.force_login(kantoor["users"][roles.WERKCOACH])
    eigen = kantoor["eigen"]
    html = client.get(f"/inwoners/{eigen.pk}/").content.decode()
    assert "Aanvragen" in html and "Toekenning op 20-01-2020" in html
    assert "Betalingen" in html and "1.283,83" in html
    assert f"/inwoners/{eigen.pk}/berekening/?maand=2024-05" in html
    page = client.get(f"/inwoners/{eigen.pk}/berekening/?maand=2024-05").content.decode()
    # Alleenstaande, 44 on 1 May 2024, no income: the norm per 1 January 2024, EUR 1.283,83.
    assert "Bijstandsnorm inclusief vakantietoeslag" in page and "€ 1.283,83" in page
    assert "Anna Visser" in page
    assert AuditRecord.objects.filter(actie=AuditActie.BEREKENING_BEKEKEN).count() == 1


def test_beheer_sees_the_same_list_as_the_command_and_downloads_it(client, kantoor, build):
    build.betaling(kantoor["eigen"], date(2024, 5, 1), "100.00")  # paid EUR 100 too much
    client.force_login(kantoor["users"][roles.FUNCTIONEEL_BEHEER])
    html = client.get("/beheer/controle/?maand=2024-05").content.decode()
    assert kantoor["eigen"].external_id in html and "Anna Visser" not in html
    assert "100,00" in html
    csv_text = client.get("/beheer/controle/?maand=2024-05&formaat=csv").content.decode()
    import io

    from django.core.management import call_command
    from django.core.management.base import CommandError

    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("controle", maand="2024-05", stdout=out, stderr=io.StringIO())
    assert csv_text == out.getvalue()
    assert ",1383.83,1283.83,100.00," in csv_text
    assert f"/inwoners/{kantoor['eigen'].pk}/" not in html  # no way into the file from here
    assert client.get("/beheer/controle/?maand=juli").status_code == 400


def test_a_month_without_norms_is_explained_on_the_check_page(client, kantoor):
    client.force_login(kantoor["users"][roles.FUNCTIONEEL_BEHEER])
    response = client.get("/beheer/controle/?maand=2017-07")
    assert response.status_code == 400 and "geen normen" in response.content.decode()


def test_paid_amount_on_the_calculation_page_is_the_months_sum(client, kantoor, build):
    build.betaling(kantoor["eigen"], date(2024, 5, 1), "-83.83")
    client.force_login(kantoor["users"][roles.WERKCOACH])
    page = client.get(f"/inwoners/{kantoor['eigen'].pk}/berekening/?maand=2024-05").content.decode()
    assert 'betaald <span class="ws-amount">€ 1.200,00' in page
    assert Decimal("1200.00") == sum(
        kantoor["eigen"].betalingen.values_list("bedrag", flat=True), Decimal(0)
    )


def test_the_calculation_shows_the_latest_paid_month_unless_asked_and_links_its_neighbours(
    client, kantoor
):
    client.force_login(kantoor["users"][roles.WERKCOACH])
    base = f"/inwoners/{kantoor['eigen'].pk}/berekening/"
    page = client.get(base).content.decode()
    assert "over mei 2024" in page
    assert '?maand=2024-04"' in page and '?maand=2024-06"' in page
    assert client.get(base + "?maand=mei").status_code == 404
    assert client.get(base + "?maand=2010-01").status_code == 404
