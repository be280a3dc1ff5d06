# SPDX-License-Identifier: EUPL-1.2
"""Security: headers, CSRF on forms, login throttling, sessions, OIDC prepared, no names in URLs."""

import re

import pytest
from django.test import Client

from werkspoor.conf.oidc import OidcConfigError, oidc_settings
from werkspoor.web import roles
from werkspoor.web.oidc import roles_from_claims


def test_pages_carry_csp_frame_and_content_type_headers(client, db):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert (
        "default-src 'self'" in csp
        and "frame-ancestors 'none'" in csp
        and "unsafe-inline" not in csp
    )
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_hsts_is_switched_on_by_production_settings():
    import subprocess
    import sys

    code = (
        "from django.conf import settings; "
        "print(settings.SECURE_HSTS_SECONDS, settings.SESSION_COOKIE_SECURE)"
    )
    env = {
        "WERKSPOOR_PRODUCTION": "1",
        "WERKSPOOR_SECRET_KEY": "x" * 50,
        "WERKSPOOR_AUDIT_PRIVATE_KEY": "/run/secrets/werkspoor-audit.pem",
        "DJANGO_SETTINGS_MODULE": "werkspoor.conf.settings",
        "PATH": "",
    }
    out = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + code],
        env=env,
        capture_output=True,
        text=True,
    )
    assert out.stdout.split() == ["31536000", "True"], out.stderr


def test_forms_without_csrf_token_are_refused(office):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(office.users[roles.WERKCOACH])
    response = strict.post(
        f"/inwoners/{office.own.pk}/contact/", {"datum": "2024-06-01", "kanaal": "mail"}
    )
    assert response.status_code == 403
    page = strict.get(f"/inwoners/{office.own.pk}/contact/").content.decode()
    assert 'name="csrfmiddlewaretoken"' in page


def test_login_is_throttled_after_repeated_failures(client, office):
    for _ in range(5):
        client.post("/accounts/login/", {"username": "werkcoach", "password": "fout"})
    response = client.post(
        "/accounts/login/", {"username": "werkcoach", "password": "Geheim-wachtwoord-42"}
    )
    assert response.status_code == 429
    assert "tijdelijk geblokkeerd" in response.content.decode()


def test_login_with_the_right_password_reaches_the_caseload(client, office):
    response = client.post(
        "/accounts/login/?next=/caseload/",
        {"username": "werkcoach", "password": "Geheim-wachtwoord-42", "next": "/caseload/"},
    )
    assert response.status_code == 302 and response["Location"] == "/caseload/"
    assert client.get("/caseload/").status_code == 200


def test_sessions_expire_and_passwords_need_twelve_characters(settings):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    assert settings.SESSION_COOKIE_AGE <= 8 * 3600 and settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    with pytest.raises(ValidationError):
        validate_password("kort123")


def test_no_names_or_bsn_in_any_link_of_the_workspace(client, office):
    client.force_login(office.users[roles.WERKCOACH])
    html = client.get("/caseload/").content.decode()
    for href in re.findall(r'href="([^"]+)"', html):
        assert "Visser" not in href and "Anna" not in href


def test_oidc_is_off_unless_configured_and_refuses_half_a_configuration():
    assert oidc_settings({}) == {"WERKSPOOR_OIDC_ENABLED": False}
    with pytest.raises(OidcConfigError, match="WERKSPOOR_OIDC_TOKEN_ENDPOINT"):
        oidc_settings({"WERKSPOOR_OIDC_CLIENT_ID": "werkspoor"})
    env = {
        env: f"https://idp.example/{env}"
        for env in (
            "WERKSPOOR_OIDC_CLIENT_ID",
            "WERKSPOOR_OIDC_CLIENT_SECRET",
            "WERKSPOOR_OIDC_AUTHORIZATION_ENDPOINT",
            "WERKSPOOR_OIDC_TOKEN_ENDPOINT",
            "WERKSPOOR_OIDC_USER_ENDPOINT",
            "WERKSPOOR_OIDC_JWKS_ENDPOINT",
        )
    }
    config = oidc_settings(env)
    assert config["WERKSPOOR_OIDC_ENABLED"] and config["OIDC_RP_SIGN_ALGO"] == "RS256"


def test_oidc_role_claim_maps_only_known_roles():
    assert roles_from_claims({"groups": ["werkcoach", "admin", "beleid"]}) == [
        "werkcoach",
        "beleid",
    ]
    assert roles_from_claims({"groups": "teamleider"}) == ["teamleider"]
    assert roles_from_claims({}) == []
