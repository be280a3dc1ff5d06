# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from . import views

app_name = "referenties"
urlpatterns = [path("", views.overzicht, name="overzicht")]
