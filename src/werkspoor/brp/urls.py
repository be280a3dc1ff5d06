# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from . import views

app_name = "brp"
urlpatterns = [path("inwoners/<int:inwoner_id>/brp/", views.brp_view, name="inwoner")]
