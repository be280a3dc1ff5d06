# SPDX-License-Identifier: EUPL-1.2
"""OpenID Connect login, prepared behind environment variables (off unless configured).

Municipalities log in through their own identity provider. Set WERKSPOOR_OIDC_CLIENT_ID and
the provider's endpoints (see docs/inloggen.md); nothing here contacts the network at import.
"""

from __future__ import annotations

OIDC_ENV = {
    "OIDC_RP_CLIENT_ID": "WERKSPOOR_OIDC_CLIENT_ID",
    "OIDC_RP_CLIENT_SECRET": "WERKSPOOR_OIDC_CLIENT_SECRET",
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "WERKSPOOR_OIDC_AUTHORIZATION_ENDPOINT",
    "OIDC_OP_TOKEN_ENDPOINT": "WERKSPOOR_OIDC_TOKEN_ENDPOINT",
    "OIDC_OP_USER_ENDPOINT": "WERKSPOOR_OIDC_USER_ENDPOINT",
    "OIDC_OP_JWKS_ENDPOINT": "WERKSPOOR_OIDC_JWKS_ENDPOINT",
}


class OidcConfigError(Exception):
    pass


def oidc_settings(environ) -> dict:
    """Django settings for mozilla-django-oidc, or {} when OIDC is not configured."""
    if not environ.get("WERKSPOOR_OIDC_CLIENT_ID"):
        return {"WERKSPOOR_OIDC_ENABLED": False}
    missing = [env for env in OIDC_ENV.values() if not environ.get(env)]
    if missing:
        raise OidcConfigError(f"OpenID Connect is half ingesteld; zet ook: {', '.join(missing)}.")
    config = {name: environ[env] for name, env in OIDC_ENV.items()}
    config.update(
        WERKSPOOR_OIDC_ENABLED=True,
        OIDC_RP_SIGN_ALGO=environ.get("WERKSPOOR_OIDC_SIGN_ALGO", "RS256"),
        OIDC_RP_SCOPES="openid email profile",
        # The claim whose values name Werkspoor roles (group names), mapped at every login.
        WERKSPOOR_OIDC_ROLES_CLAIM=environ.get("WERKSPOOR_OIDC_ROLES_CLAIM", "groups"),
        LOGIN_REDIRECT_URL="/",
        LOGOUT_REDIRECT_URL="/",
    )
    return config
