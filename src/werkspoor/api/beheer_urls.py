# SPDX-License-Identifier: EUPL-1.2
"""Beheer pages for API clients (mounted at /beheer/api-clients/)."""

from django.urls import path

from . import beheer

app_name = "api-beheer"
urlpatterns = [
    path("", beheer.client_list, name="clients"),
    path("nieuw/", beheer.client_new, name="new"),
    path("<int:client_id>/", beheer.client_detail, name="client"),
    path("<int:client_id>/geheim/", beheer.client_renew, name="renew"),
    path("<int:client_id>/intrekken/", beheer.client_revoke, name="revoke"),
]
