# SPDX-License-Identifier: EUPL-1.2
"""URLs of vervangingen: the teamleider's screen under /team/, the werkcoach's own list."""

from django.urls import path

from . import views

app_name = "substitutions"
urlpatterns = [
    path("team/vervangingen/", views.team_view, name="team"),
    path("team/vervangingen/<int:vervanging_id>/beeindigen/", views.end_view, name="end"),
    path("vervangingen/", views.mine_view, name="mine"),
]
