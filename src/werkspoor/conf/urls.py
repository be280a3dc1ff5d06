# SPDX-License-Identifier: EUPL-1.2
"""URL configuration: each app mounts its own urls module."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("dashboard/", include("werkspoor.reports.urls")),
    path("duiding/", include("werkspoor.duidingen.urls")),
    path("referenties/", include("werkspoor.referenties.urls")),
    path("api/v1/", include("werkspoor.api.urls")),
    path("oauth/", include("werkspoor.api.oauth_urls")),
    path("beheer/api-clients/", include("werkspoor.api.beheer_urls")),
    path("", include("werkspoor.brp.urls")),
    path("schulden/", include("werkspoor.debt.urls")),
    path("inburgering/", include("werkspoor.inburgering.urls")),
    path("", include("werkspoor.rules.urls")),
    path("", include("werkspoor.themes.urls")),
    path("", include("werkspoor.applications.urls")),
    path("", include("werkspoor.payments.urls")),
    path("", include("werkspoor.planning.urls")),
    path("", include("werkspoor.employers.urls")),
    path("", include("werkspoor.matching.urls")),
    path("", include("werkspoor.search.urls")),
    path("", include("werkspoor.web.urls")),
    path("", include("werkspoor.substitutions.urls")),
]
