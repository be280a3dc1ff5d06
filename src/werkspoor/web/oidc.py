# SPDX-License-Identifier: EUPL-1.2
"""OpenID Connect login (only active when configured): the provider's role claim decides the
user's Werkspoor roles at every login, so role changes at the provider take effect."""

from django.conf import settings
from django.contrib.auth.models import Group

from .roles import ROLES


def roles_from_claims(claims: dict) -> list[str]:
    values = claims.get(getattr(settings, "WERKSPOOR_OIDC_ROLES_CLAIM", "groups")) or []
    if isinstance(values, str):
        values = [values]
    return [role for role in ROLES if role in values]


def apply_roles(user, claims: dict) -> None:
    user.groups.set(Group.objects.filter(name__in=roles_from_claims(claims)))


try:
    from mozilla_django_oidc.auth import OIDCAuthenticationBackend
except ImportError:  # the package is a dependency; this guards a trimmed install
    OIDCAuthenticationBackend = object


class RoleMappingOIDCBackend(OIDCAuthenticationBackend):
    def create_user(self, claims):
        user = super().create_user(claims)
        apply_roles(user, claims)
        return user

    def update_user(self, user, claims):
        user = super().update_user(user, claims)
        apply_roles(user, claims)
        return user
