# SPDX-License-Identifier: EUPL-1.2
"""Public URLs of the rules app: the calculator page, its JSON API and the API schema."""

from django.urls import path

from . import views

app_name = "rules"
urlpatterns = [
    path("rekenhulp/", views.rekenhulp, name="rekenhulp"),
    path("api/rekenhulp/", views.rekenhulp_api, name="rekenhulp-api"),
    path("api/schema/", views.schema, name="api-schema"),
]
