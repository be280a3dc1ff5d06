# SPDX-License-Identifier: EUPL-1.2
"""URLs of the workspace. Only internal ids appear in them, never names or BSN."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path

from . import action_views, contact_views, correction_views, team_views, views
from .auth_forms import LoginForm

app_name = "web"
urlpatterns = [
    path("", views.start, name="start"),
    path("start/", views.start_redirect, name="start_redirect"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(
            template_name="web/login.html",
            authentication_form=LoginForm,
            extra_context={"oidc_enabled": getattr(settings, "WERKSPOOR_OIDC_ENABLED", False)},
        ),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("caseload/", views.caseload_view, name="caseload"),
    path("inwoners/<int:inwoner_id>/contacten/", contact_views.contacten_view, name="contacten"),
    path(
        "inwoners/<int:inwoner_id>/contacten/<int:contact_id>/",
        contact_views.contact_detail_view,
        name="contact_detail",
    ),
    path(
        "inwoners/<int:inwoner_id>/correctie/<slug:kind>/<int:pk>/",
        correction_views.correctie_view,
        name="correctie",
    ),
    path(
        "inwoners/<int:inwoner_id>/intrekken/<slug:kind>/<int:pk>/",
        correction_views.intrekken_view,
        name="intrekken",
    ),
    path("inwoners/<int:inwoner_id>/", views.dossier_view, name="dossier"),
    path("inwoners/<int:inwoner_id>/inzage/", views.inzage_view, name="inzage"),
    path("inwoners/<int:inwoner_id>/contact/", action_views.contact_view, name="contact"),
    path("inwoners/<int:inwoner_id>/doelen/nieuw/", action_views.doel_view, name="doel"),
    path(
        "inwoners/<int:inwoner_id>/doelen/<int:doel_id>/afsluiten/",
        action_views.doel_afsluiten_view,
        name="doel_afsluiten",
    ),
    path("inwoners/<int:inwoner_id>/trajecten/nieuw/", action_views.traject_view, name="traject"),
    path(
        "inwoners/<int:inwoner_id>/trajecten/<int:traject_id>/stoppen/",
        action_views.traject_stoppen_view,
        name="traject_stoppen",
    ),
    path(
        "inwoners/<int:inwoner_id>/arrangement/", action_views.arrangement_view, name="arrangement"
    ),
    path(
        "inwoners/<int:inwoner_id>/werkcoach/", action_views.hertoewijzen_view, name="hertoewijzen"
    ),
    path("team/", team_views.team_view, name="team"),
    path("team/herverdelen/", team_views.bulk_reassign_view, name="team_herverdelen"),
    path("beheer/", views.beheer_view, name="beheer"),
    path("beheer/audit/", views.audit_view, name="audit"),
]

if getattr(settings, "WERKSPOOR_OIDC_ENABLED", False):
    urlpatterns.append(path("oidc/", include("mozilla_django_oidc.urls")))
