# SPDX-License-Identifier: EUPL-1.2
"""URLs of the bedrijfsadviseur's employer screens."""

from django.urls import path

from . import views

app_name = "employers"
urlpatterns = [
    path("werkgevers/", views.werkgevers_view, name="werkgevers"),
    path("werkgevers/nieuw/", views.werkgever_nieuw_view, name="werkgever_nieuw"),
    path("werkgevers/<int:werkgever_id>/", views.werkgever_view, name="werkgever"),
    path(
        "werkgevers/<int:werkgever_id>/bewerken/",
        views.werkgever_bewerken_view,
        name="werkgever_bewerken",
    ),
    path(
        "werkgevers/<int:werkgever_id>/contactpersonen/nieuw/",
        views.contactpersoon_view,
        name="contactpersoon",
    ),
    path("werkgevers/<int:werkgever_id>/sroi/nieuw/", views.sroi_view, name="sroi"),
    path(
        "werkgevers/<int:werkgever_id>/vacatures/nieuw/",
        views.vacature_nieuw_view,
        name="vacature_nieuw",
    ),
    path(
        "werkgevers/<int:werkgever_id>/ontmoetingen/nieuw/",
        views.ontmoeting_view,
        name="ontmoeting",
    ),
    path(
        "werkgevers/<int:werkgever_id>/plaatsingen/nieuw/", views.plaatsing_view, name="plaatsing"
    ),
    path(
        "vacatures/<int:vacature_id>/bewerken/",
        views.vacature_bewerken_view,
        name="vacature_bewerken",
    ),
]
