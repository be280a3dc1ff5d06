# SPDX-License-Identifier: EUPL-1.2
"""No page with personal data stays in a cache: `Cache-Control: no-store` and
`Pragma: no-cache` on every response, unless a public page opted in, and then only for
visitors who are not signed in."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from werkspoor.web import roles


def plain_routes() -> list[str]:
    """Every URL without parameters that the project serves (admin aside)."""
    found = []

    def walk(patterns, prefix=""):
        for entry in patterns:
            route = prefix + str(entry.pattern)
            if route.startswith("admin/"):
                continue
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, route)
            elif isinstance(entry, URLPattern) and "<" not in route and "(" not in route:
                found.append("/" + route)

    walk(get_resolver().url_patterns)
    return found


def _no_store(response) -> bool:
    return response["Cache-Control"] == "no-store" and response["Pragma"] == "no-cache"


@pytest.mark.parametrize("role", roles.ROLES)
def test_every_page_for_a_signed_in_user_is_no_store(client, office, role):
    client.force_login(office.users[role])
    paths = [*plain_routes(), f"/inwoners/{office.own.pk}/", "/dashboard/2024Q1/"]
    for path in paths:
        response = client.get(path)
        assert _no_store(response), f"{path} as {role}: {response.get('Cache-Control')}"


def test_resident_pages_login_and_api_are_no_store_for_anyone(client, office):
    for path in [f"/inwoners/{office.own.pk}/", "/accounts/login/", "/caseload/"]:
        assert _no_store(client.get(path)), path
    calculation = client.get(
        "/api/rekenhulp/?huishouden=alleenstaande&leeftijd=35&huisgenoten=0&netto_loon=800"
        "&uren_per_week=16&startmaand=2024-07-01"
    )
    assert calculation.status_code == 200 and _no_store(calculation)


def test_published_pages_may_be_cached_for_anonymous_visitors_only(client, office):
    for path in ["/dashboard/2024Q1/", "/dashboard/indicatoren/", "/api/schema/"]:
        response = client.get(path)
        assert response.status_code == 200
        assert response["Cache-Control"] == "public, max-age=300", path
        assert "Cookie" in response["Vary"] and "Pragma" not in response
    client.force_login(office.users[roles.TEAMLEIDER])
    unsuppressed = client.get("/dashboard/2024Q1/?onthullingscontrole=uit")
    assert _no_store(unsuppressed)


def test_a_refusal_and_an_error_page_are_no_store_too(client, office):
    client.force_login(office.users[roles.BELEID])
    assert _no_store(client.get(f"/inwoners/{office.own.pk}/"))
    assert _no_store(client.get("/bestaat-niet/"))


def test_a_public_page_that_sets_a_cookie_is_not_shared(rf):
    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpResponse

    from werkspoor.core.security import CacheControlMiddleware, publicly_cacheable

    @publicly_cacheable()
    def view(request):
        response = HttpResponse("cijfers")
        response.set_cookie("keuze", "wijk")
        return response

    request = rf.get("/")
    request.user = AnonymousUser()
    assert _no_store(CacheControlMiddleware(view)(request))
