# SPDX-License-Identifier: EUPL-1.2
"""The OAuth 2 endpoints (mounted at /oauth/): the token endpoint for the client
credentials grant, and token revocation (RFC 7009)."""

from django.urls import path
from oauth2_provider import views

app_name = "oauth"
urlpatterns = [
    path("token", views.TokenView.as_view(), name="token"),
    path("intrekken", views.RevokeTokenView.as_view(), name="revoke"),
]
