# SPDX-License-Identifier: EUPL-1.2
"""Every URL that takes a resident id, found by walking the URL resolver (a page added later
is covered without touching this file): each page shown is audited, and an id that does
not exist is answered exactly like a resident the user may not see."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.web import roles

NOBODY = 99_999_999


def resident_url_patterns() -> list[tuple[str, str]]:
    """(route, view name) of every URL pattern whose route takes an inwoner_id."""
    found = []

    def walk(patterns, prefix=""):
        for entry in patterns:
            route = prefix + str(entry.pattern)
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, route)
            elif isinstance(entry, URLPattern) and "<int:inwoner_id>" in route:
                found.append((route, entry.name or entry.lookup_str))

    walk(get_resolver().url_patterns)
    return found


ROUTES = resident_url_patterns()


def test_the_walk_finds_the_known_resident_pages():
    routes = {route for route, _ in ROUTES}
    assert "inwoners/<int:inwoner_id>/" in routes
    assert "inwoners/<int:inwoner_id>/contact/" in routes
    assert len(routes) >= 9


def _objects_of(build, inwoner) -> dict[str, int]:
    """Values for the other ids a resident URL may take: one of each object of `inwoner`."""
    doel = build.doel(inwoner, "werkfit", date(2024, 1, 1))
    traject = build.traject(inwoner, "jobcoaching", date(2024, 1, 1))
    contact = build.contact(inwoner, date(2024, 5, 1), notitie="Gebeld")
    taak = build.taak(inwoner, "Cv nalopen", date(2024, 6, 1))
    return {
        "doel_id": doel.pk,
        "traject_id": traject.pk,
        "contact_id": contact.pk,
        "taak_id": taak.pk,
        "pk": contact.pk,  # with kind "contact" in the correction and withdrawal routes
    }


def _path(route: str, inwoner_id: int, objects: dict[str, int]) -> str:
    def value(match):
        name = match.group(1)
        if name == "inwoner_id":
            return str(inwoner_id)
        assert name in objects, f"{route}: give tests/web/test_resident_pages.py a {name}"
        return str(objects[name])

    return "/" + re.sub(r"<int:(\w+)>", value, route).replace("<slug:kind>", "contact")


@pytest.fixture
def objects(office, build):
    # A file in each theme too, so that the theme's own dossier page has something to show.
    build.schuldhulp(office.own, date(2024, 1, 1))
    build.inburgering(office.own, date(2023, 1, 1))
    return _objects_of(build, office.own)


@pytest.mark.parametrize(("route", "name"), ROUTES, ids=[name for _, name in ROUTES])
def test_every_resident_page_that_shows_something_is_audited(client, office, objects, route, name):
    """Each page is opened by the users who might see it; every answer that is a page (not
    a redirect) leaves a record about that resident, and someone sees each page."""
    shown, statuses = False, set()
    viewers = [(roles.WERKCOACH, office.own), (roles.TEAMLEIDER, office.own)]
    viewers.append((roles.WERKCOACH, office.colleagues))  # outside the caseload: inzage
    viewers += [(roles.SCHULDHULPVERLENER, office.own), (roles.INBURGERINGSCONSULENT, office.own)]
    for role, inwoner in viewers:
        client.force_login(office.users[role])
        before = AuditRecord.objects.filter(inwoner_id=inwoner.pk).count()
        response = client.get(_path(route, inwoner.pk, objects))
        written = AuditRecord.objects.filter(inwoner_id=inwoner.pk).count() - before
        statuses.add(response.status_code)
        if 300 <= response.status_code < 400 or response.status_code == 405:
            continue
        assert written >= 1, f"{name} as {role}: {response.status_code} without audit record"
        shown = shown or response.status_code == 200
    if statuses == {405}:  # an action without a page of its own (POST only): it is audited
        client.force_login(office.users[roles.WERKCOACH])
        before = AuditRecord.objects.filter(inwoner_id=office.own.pk).count()
        client.post(_path(route, office.own.pk, objects))
        assert AuditRecord.objects.filter(inwoner_id=office.own.pk).count() > before, name
        return
    assert shown, f"{name}: no user got to see this page; add a viewer to this test"


def test_action_forms_are_audited_when_opened_and_when_sent_back_with_errors(client, office):
    client.force_login(office.users[roles.WERKCOACH])
    path = f"/inwoners/{office.own.pk}/contact/"
    assert client.get(path).status_code == 200
    assert client.post(path, {"datum": "", "kanaal": "mail"}).status_code == 400
    seen = AuditRecord.objects.filter(inwoner_id=office.own.pk, actie=AuditActie.PAGINA_BEKEKEN)
    assert [r.detail["methode"] for r in seen.order_by("volgnummer")] == ["GET", "POST"]
    assert seen.first().detail["weergave"] == "web:contact"


def test_a_page_whose_view_logs_itself_gets_no_second_record(client, office):
    client.force_login(office.users[roles.WERKCOACH])
    client.get(f"/inwoners/{office.own.pk}/")
    assert [r.actie for r in AuditRecord.objects.filter(inwoner_id=office.own.pk)] == [
        AuditActie.DOSSIER_BEKEKEN
    ]


def _normalised(response, *ids: int) -> tuple[int, str, str]:
    """Status, Location and page with the ids and the CSRF token taken out."""
    body = response.content.decode()
    location = response.get("Location", "")
    body = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "csrf", body)
    for value in ids:
        body = body.replace(str(value), "ID")
        location = location.replace(str(value), "ID")
    return response.status_code, location, body


ROLES = [None, *roles.ROLES]


@pytest.mark.parametrize("role", ROLES, ids=[str(r) for r in ROLES])
@pytest.mark.parametrize(("route", "name"), ROUTES, ids=[name for _, name in ROUTES])
def test_a_forbidden_and_a_nonexistent_resident_answer_alike(
    client, office, build, role, route, name
):
    if role is not None:
        client.force_login(office.users[role])
    # A resident of another team without employer contact: nobody but their coach's team.
    stranger = build.caseload_inwoner(office.other_team_coach, voornaam="Dirk")
    objects = _objects_of(build, stranger)
    existing = client.get(_path(route, stranger.pk, objects))
    missing = client.get(_path(route, NOBODY, objects))
    ids = [stranger.pk, NOBODY, *objects.values()]
    assert _normalised(existing, *ids) == _normalised(missing, *ids), name
    assert "Dirk" not in existing.content.decode()


def test_after_a_reason_for_an_id_nobody_has_the_werkcoach_learns_it_does_not_exist(client, office):
    client.force_login(office.users[roles.WERKCOACH])
    client.post(f"/inwoners/{NOBODY}/inzage/", {"reden": "Inwoner aan de balie, coach ziek"})
    assert client.get(f"/inwoners/{NOBODY}/").status_code == 404
    assert AuditRecord.objects.filter(inwoner_id=NOBODY, actie="inzage_met_reden").exists()


def test_the_audit_record_of_a_request_carries_its_trace(client, office):
    traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
    client.force_login(office.users[roles.WERKCOACH])
    response = client.get(f"/inwoners/{office.own.pk}/", headers={"traceparent": traceparent})
    _, trace_id, span_id, _ = response["traceresponse"].split("-")
    record = AuditRecord.objects.get(actie=AuditActie.DOSSIER_BEKEKEN)
    assert trace_id == "4bf92f3577b34da6a3ce929d0e0e4736"
    assert (record.trace_id, record.span_id) == (trace_id, span_id)


def test_functioneel_beheer_filters_the_audit_log_on_a_trace(client, office):
    client.force_login(office.users[roles.WERKCOACH])
    first = client.get(f"/inwoners/{office.own.pk}/")["traceresponse"].split("-")[1]
    client.get(f"/inwoners/{office.own.pk}/contact/")
    client.force_login(office.users[roles.FUNCTIONEEL_BEHEER])
    page = client.get(f"/beheer/audit/?trace={first}").content.decode()
    assert "Dossier bekeken" in page and "Pagina over inwoner bekeken" not in page
    assert "Er is nog geen checkpoint geschreven" in page
