# SPDX-License-Identifier: EUPL-1.2
"""The generated theme stylesheet, its files and the icons, at fixed addresses."""

from django.urls import path

from . import views

app_name = "themes"
urlpatterns = [
    path("thema.css", views.stylesheet, name="css"),
    path("thema/bestanden/<str:naam>", views.thema_file, name="bestand"),
    path("favicon.svg", views.favicon_svg, name="favicon-svg"),
    path("favicon.ico", views.favicon_ico, name="favicon-ico"),
    path("apple-touch-icon.png", views.touch_icon, name="touch-icon"),
]
