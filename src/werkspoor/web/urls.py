# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from . import views

app_name = "web"
urlpatterns = [
    path("", views.start, name="start"),
]
