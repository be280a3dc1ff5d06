# SPDX-License-Identifier: EUPL-1.2
"""Searching within what each role may see, the way a result opens, and its audit record."""

from datetime import date

import pytest

from tests.web.conftest import VANDAAG
from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.search.services import MAX_RESULTS, search
from werkspoor.web import roles
from werkspoor.web.models import Werkgebied

pytestmark = pytest.mark.usefixtures("pinned_today")


def _names(result):
    return [r.inwoner.naam for r in result.resultaten]


def test_werkcoach_finds_own_residents_to_open_and_others_only_for_inzage(office):
    user = office.users[roles.WERKCOACH]
    own = search(user, "Anna Visser", VANDAAG).resultaten
    assert [(r.inwoner, r.eigen, r.inzage_nodig, r.url) for r in own] == [
        (office.own, True, False, f"/inwoners/{office.own.pk}/")
    ]
    other = search(user, "Smit", VANDAAG).resultaten
    assert [(r.inwoner, r.inzage_nodig, r.url) for r in other] == [
        (office.colleagues, True, f"/inwoners/{office.colleagues.pk}/inzage/")
    ]


def test_bsn_search_is_exact_and_needs_the_elfproef(office):
    office.own.bsn = "111222333"
    office.own.save()
    user = office.users[roles.WERKCOACH]
    assert _names(search(user, "111222333", VANDAAG)) == ["Anna Visser"]
    assert _names(search(user, "111222334", VANDAAG)) == []  # not a BSN: nothing is searched
    assert "elfproef" in search(user, "111222334", VANDAAG).vraag.fout


def test_search_by_date_of_birth_and_resident_code(office):
    user = office.users[roles.WERKCOACH]
    assert _names(search(user, "01-03-1985", VANDAAG)) == ["Anna Visser"]
    assert _names(search(user, office.own.external_id.lower(), VANDAAG)) == ["Anna Visser"]
    assert _names(search(user, str(office.own.pk), VANDAAG)) == ["Anna Visser"]


def test_teamleider_finds_only_the_team_and_residents_waiting_in_its_werkgebied(office, build):
    user = office.users[roles.TEAMLEIDER]
    waiting = build.inwoner(voornaam="Wim", achternaam="Wachter", wijk="Overvecht")
    build.uitkering(waiting, date(2024, 5, 30))
    elsewhere_waiting = build.inwoner(voornaam="Wil", achternaam="Wachter", wijk="Zuid")
    build.uitkering(elsewhere_waiting, date(2024, 5, 30))
    assert _names(search(user, "Mulder", VANDAAG)) == []  # another team's resident
    assert _names(search(user, "Smit", VANDAAG)) == ["Bram Smit"]
    assert _names(search(user, "Wachter", VANDAAG)) == []  # no werkgebied yet
    Werkgebied.objects.create(team=office.team, wijk="Overvecht")
    assert _names(search(user, "Wachter", VANDAAG)) == ["Wim Wachter"]


def test_bedrijfsadviseur_finds_only_residents_who_met_an_employer(office):
    user = office.users[roles.BEDRIJFSADVISEUR]
    assert _names(search(user, "Mulder", VANDAAG)) == ["Cees Mulder"]
    assert _names(search(user, "Visser", VANDAAG)) == []


def test_beleid_and_beheer_do_not_search_residents(client, office):
    for role in (roles.BELEID, roles.FUNCTIONEEL_BEHEER):
        client.force_login(office.users[role])
        assert client.get("/zoeken/?q=Visser").status_code == 403
        assert search(office.users[role], "Visser", VANDAAG).resultaten == []


def test_every_search_is_audited_with_its_kind_and_results_never_the_text(office):
    office.own.bsn = "111222333"
    office.own.save()
    search(office.users[roles.WERKCOACH], "111222333", VANDAAG)
    record = AuditRecord.objects.get(actie=AuditActie.GEZOCHT)
    assert record.detail == {"soort": "bsn", "resultaten": [office.own.pk]}
    assert record.inwoner_id == office.own.pk
    assert "111222333" not in str(record.detail) + record.reden


def test_a_broad_search_is_capped_and_says_so(office, build):
    for n in range(MAX_RESULTS + 1):
        build.inwoner(voornaam=f"Jan{n}", achternaam="Jansen")
    result = search(office.users[roles.WERKCOACH], "Jansen", VANDAAG)
    assert len(result.resultaten) == MAX_RESULTS and result.meer


def test_search_page_shows_results_with_their_links(client, office):
    client.force_login(office.users[roles.WERKCOACH])
    html = client.get("/zoeken/?q=Visser").content.decode()
    assert f'href="/inwoners/{office.own.pk}/"' in html and "uw caseload" in html
    html = client.get("/zoeken/?q=123456789").content.decode()
    assert "elfproef" in html and 'aria-invalid="true"' in html
