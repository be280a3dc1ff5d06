# SPDX-License-Identifier: EUPL-1.2
"""URLs of the consulent's werkplek. Only internal ids appear in them."""

from django.urls import path

from . import views

app_name = "applications"
urlpatterns = [
    path("aanvragen/", views.werkvoorraad_view, name="werkvoorraad"),
    path("aanvragen/nieuw/", views.nieuw_view, name="nieuw"),
    path("aanvragen/<int:aanvraag_id>/", views.aanvraag_view, name="aanvraag"),
    path("aanvragen/<int:aanvraag_id>/opschorting/", views.opschorting_view, name="opschorting"),
    path(
        "aanvragen/<int:aanvraag_id>/opschorting/einde/",
        views.opschorting_einde_view,
        name="opschorting_einde",
    ),
    path("aanvragen/<int:aanvraag_id>/besluit/", views.besluit_view, name="besluit"),
]
