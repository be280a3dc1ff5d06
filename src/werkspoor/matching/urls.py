# SPDX-License-Identifier: EUPL-1.2
"""URLs of matching: vacancies with candidates and pipeline, proposals, work wishes."""

from django.urls import path

from . import views

app_name = "matching"
urlpatterns = [
    path("vacatures/", views.vacatures_view, name="vacatures"),
    path("vacatures/<int:vacature_id>/", views.vacature_view, name="vacature"),
    path("vacatures/<int:vacature_id>/kandidaten/", views.kandidaten_view, name="kandidaten"),
    path("voordrachten/", views.voordrachten_view, name="voordrachten"),
    path("voordrachten/<int:voordracht_id>/stap/", views.stap_view, name="stap"),
    path("voordrachten/<int:voordracht_id>/oordeel/", views.oordeel_view, name="oordeel"),
    path("inwoners/<int:inwoner_id>/werkwens/", views.werkwens_view, name="werkwens"),
]
