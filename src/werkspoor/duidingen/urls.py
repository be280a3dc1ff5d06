# SPDX-License-Identifier: EUPL-1.2
from django.urls import path, re_path

from . import views

app_name = "duidingen"
QUARTER = r"(?P<kwartaal>\d{4}Q[1-4])"
urlpatterns = [
    path("", views.start, name="start"),
    re_path(rf"^{QUARTER}/$", views.overzicht, name="overzicht"),
    re_path(rf"^{QUARTER}/(?P<tegel>[a-z0-9_]+)/$", views.bewerk, name="bewerk"),
    re_path(
        rf"^{QUARTER}/(?P<tegel>[a-z0-9_]+)/versies/(?P<versie_id>\d+)/goedkeuren/$",
        views.goedkeuren,
        name="goedkeuren",
    ),
]
