# SPDX-License-Identifier: EUPL-1.2
"""Scope checks: every operation names the scopes it needs; a token without them gets 403
naming what is missing (401 when there is no valid token at all)."""

from __future__ import annotations

from rest_framework.permissions import BasePermission

from .scopes import LEZEN, SCHRIJVEN, scope

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def required_scopes(view, request) -> list[str]:
    reads = request.method in SAFE_METHODS or getattr(view, "reads", False)
    needed = [scope(view.resource, LEZEN if reads else SCHRIJVEN)]
    extra = getattr(view, "extra_scopes", None)
    return needed + (extra(request) if extra else [])


class HasScopes(BasePermission):
    message = "Deze client heeft niet de benodigde scope."

    def has_permission(self, request, view):
        token = request.auth
        if token is None:
            return False
        # A scope beheer has withdrawn since the token was issued no longer counts.
        granted = set(token.scope.split()) & set(token.werkspoor_client.scopes)
        missing = [s for s in required_scopes(view, request) if s not in granted]
        if missing:
            self.message = (
                f"Deze client mist de scope {', '.join(missing)}; functioneel beheer kan die "
                "toekennen."
            )
            return False
        return True
