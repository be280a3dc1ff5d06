# SPDX-License-Identifier: EUPL-1.2
"""URLs of the agenda and of appointments and to-dos on a resident file."""

from django.urls import path

from . import views

app_name = "planning"
urlpatterns = [
    path("agenda/", views.agenda_view, name="agenda"),
    path("inwoners/<int:inwoner_id>/afspraken/nieuw/", views.afspraak_view, name="afspraak"),
    path("inwoners/<int:inwoner_id>/taken/nieuw/", views.taak_view, name="taak"),
    path(
        "inwoners/<int:inwoner_id>/taken/<int:taak_id>/afronden/",
        views.taak_afronden_view,
        name="taak_afronden",
    ),
]
