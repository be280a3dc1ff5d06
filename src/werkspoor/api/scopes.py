# SPDX-License-Identifier: EUPL-1.2
"""The OAuth 2 scopes of the API: one to read and one to write per resource.

A client gets the scopes functioneel beheer grants it (ApiClient.scopes); a token never
carries more. The scope names appear in the OpenAPI document per operation.
"""

from __future__ import annotations

from oauth2_provider.scopes import BaseScopes

LEZEN, SCHRIJVEN = "lezen", "schrijven"

# resource -> (what it is, may a client write it)
RESOURCES: dict[str, tuple[str, bool]] = {
    "inwoners": ("inwoners (naam, BSN, geboortedatum, wijk, huishouden)", True),
    "uitkeringen": ("uitkeringen van inwoners", True),
    "arrangementen": ("arrangementen van inwoners", True),
    "toewijzingen": ("toewijzingen aan werkcoaches", True),
    "werkcoaches": ("werkcoaches en hun teams", False),
    "doelen": ("doelen in het inwonerplan", True),
    "trajecten": ("trajecten en instrumenten", True),
    "contactmomenten": ("contactmomenten met inwoners", True),
    "werkgevers": ("werkgevers", True),
    "vacatures": ("vacatures van werkgevers", True),
    "plaatsingen": ("plaatsingen van inwoners bij werkgevers", True),
}


def scope(resource: str, access: str) -> str:
    return f"{resource}:{access}"


def all_scopes() -> dict[str, str]:
    """Every scope with its Dutch description (the OpenAPI document and beheer show these)."""
    scopes = {}
    for resource, (what, writable) in RESOURCES.items():
        scopes[scope(resource, LEZEN)] = f"Lezen: {what}"
        if writable:
            scopes[scope(resource, SCHRIJVEN)] = f"Schrijven: {what}"
    return scopes


class ClientScopes(BaseScopes):
    """django-oauth-toolkit's scope backend: a client may ask for the scopes granted to it;
    a token request without `scope` gets all of them."""

    def get_all_scopes(self):
        return all_scopes()

    def get_available_scopes(self, application=None, request=None, *args, **kwargs):
        return _granted(application)

    def get_default_scopes(self, application=None, request=None, *args, **kwargs):
        return _granted(application)


def _granted(application) -> list[str]:
    client = getattr(application, "werkspoor_client", None) if application else None
    if client is None or client.ingetrokken_op is not None:
        return []
    known = all_scopes()
    return [s for s in client.scopes if s in known]
