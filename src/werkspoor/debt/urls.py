# SPDX-License-Identifier: EUPL-1.2
"""URLs of the debt-help workspace. Only internal ids appear in them."""

from django.urls import path

from . import views

app_name = "debt"
urlpatterns = [
    path("", views.werklijst_view, name="werklijst"),
    path("aanmelden/", views.aanmelden_view, name="aanmelden"),
    path("inwoners/<int:inwoner_id>/", views.dossier_view, name="dossier"),
    path("trajecten/<int:traject_id>/gesprek/", views.gesprek_view, name="gesprek"),
    path("trajecten/<int:traject_id>/plan/", views.plan_view, name="plan"),
    path("trajecten/<int:traject_id>/afsluiten/", views.afsluiten_view, name="afsluiten"),
    path("signalen/<int:signaal_id>/", views.signaal_view, name="signaal"),
]
