# SPDX-License-Identifier: EUPL-1.2
from django.urls import path, re_path

from . import views

app_name = "reports"
urlpatterns = [
    path("", views.latest, name="latest"),
    path("indicatoren/", views.indicatoren, name="indicatoren"),
    re_path(r"^(?P<kwartaal>\d{4}Q[1-4])/$", views.kwartaal, name="kwartaal"),
]
