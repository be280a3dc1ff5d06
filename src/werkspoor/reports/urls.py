# SPDX-License-Identifier: EUPL-1.2
from django.urls import path, re_path

from . import views

app_name = "reports"
QUARTER = r"(?P<kwartaal>\d{4}Q[1-4])"
urlpatterns = [
    path("", views.latest, name="latest"),
    path("indicatoren/", views.indicatoren, name="indicatoren"),
    path("jaren/", views.jaren, name="jaren"),
    path("kies/", views.choose, name="kies"),
    re_path(rf"^{QUARTER}/$", views.kwartaal, name="kwartaal"),
    re_path(rf"^{QUARTER}/monitor/$", views.monitor_page, name="monitor"),
    re_path(rf"^{QUARTER}/monitor/(?P<pagina>[a-z]+)/$", views.monitor_page, name="monitor_pagina"),
    re_path(rf"^{QUARTER}/cijfers\.(?P<formaat>csv|xlsx)$", views.download, name="download"),
    re_path(rf"^{QUARTER}/dashboard\.(?P<formaat>pdf)$", views.download, name="pdf"),
    re_path(rf"^{QUARTER}/raadsbrief\.docx$", views.raadsbrief, name="raadsbrief"),
]
