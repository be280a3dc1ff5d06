# SPDX-License-Identifier: EUPL-1.2
"""URLs of the payments screens. Only internal ids appear in them."""

from django.urls import path

from . import views

app_name = "payments"
urlpatterns = [
    path("beheer/controle/", views.controle_view, name="controle"),
    path("inwoners/<int:inwoner_id>/berekening/", views.berekening_view, name="berekening"),
]
