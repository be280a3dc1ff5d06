# SPDX-License-Identifier: EUPL-1.2
"""URLs of the inburgering workspace. Only internal ids appear in them."""

from django.urls import path

from . import views

app_name = "inburgering"
urlpatterns = [
    path("", views.werklijst_view, name="werklijst"),
    path("starten/", views.starten_view, name="starten"),
    path("inwoners/<int:inwoner_id>/", views.dossier_view, name="dossier"),
    path("trajecten/<int:inburgering_id>/pip/", views.pip_view, name="pip"),
    path("trajecten/<int:inburgering_id>/einde/", views.einde_view, name="einde"),
]
