# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from . import views

app_name = "search"
urlpatterns = [path("zoeken/", views.zoeken_view, name="zoeken")]
