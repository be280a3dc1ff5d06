# SPDX-License-Identifier: EUPL-1.2
"""Bearer tokens from the OAuth 2 client credentials flow (django-oauth-toolkit).

A client-credentials token belongs to no person; the request runs as the client's system
account, so the audit log names the client."""

from __future__ import annotations

from oauth2_provider.contrib.rest_framework import OAuth2Authentication
from rest_framework.exceptions import AuthenticationFailed

from werkspoor.logbook.services import note_caller

from .models import ApiClient


class ClientCredentialsAuthentication(OAuth2Authentication):
    www_authenticate_realm = "werkspoor"

    def authenticate(self, request):
        result = super().authenticate(request)
        if result is None:
            if getattr(request, "oauth2_error", None):
                raise AuthenticationFailed("Het toegangstoken is ongeldig of verlopen.")
            return None
        _, token = result
        client = (
            ApiClient.objects.select_related("user")
            .filter(application_id=token.application_id, ingetrokken_op__isnull=True)
            .first()
        )
        if client is None:
            raise AuthenticationFailed("Deze client is ingetrokken.")
        token.werkspoor_client = client  # travels with request.auth (also into clones)
        note_caller(client.uri)
        return client.user, token
