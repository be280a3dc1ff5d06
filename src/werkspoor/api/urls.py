# SPDX-License-Identifier: EUPL-1.2
"""URLs of API v1 (mounted at /api/v1/): kebab-case plural nouns, no trailing slash, only
internal ids in paths (never a BSN)."""

from django.urls import path

from .views import employers, public, registry
from .views.openapi import OpenApiDocument

app_name = "api"

_children = {
    "uitkeringen": (registry.UitkeringCollection, registry.UitkeringItem, "uitkering"),
    "arrangementen": (registry.ArrangementCollection, registry.ArrangementItem, "arrangement"),
    "toewijzingen": (registry.ToewijzingCollection, registry.ToewijzingItem, "toewijzing"),
    "doelen": (registry.DoelCollection, registry.DoelItem, "doel"),
    "trajecten": (registry.TrajectCollection, registry.TrajectItem, "traject"),
    "contactmomenten": (
        registry.ContactmomentCollection,
        registry.ContactmomentItem,
        "contactmoment",
    ),
}

urlpatterns = [
    path("", public.Root.as_view(), name="root"),
    path("openapi.json", OpenApiDocument.as_view(), name="openapi"),
    path("inwoners", registry.InwonerCollection.as_view(), name="inwoners"),
    path("inwoners/_zoek", registry.InwonerZoeken.as_view(), name="inwoners-zoek"),
    path("inwoners/<int:pk>", registry.InwonerItem.as_view(), name="inwoner"),
    path("werkcoaches", registry.WerkcoachCollection.as_view(), name="werkcoaches"),
    path("werkcoaches/<int:pk>", registry.WerkcoachItem.as_view(), name="werkcoach"),
    path("werkgevers", employers.WerkgeverCollection.as_view(), name="werkgevers"),
    path("werkgevers/<int:pk>", employers.WerkgeverItem.as_view(), name="werkgever"),
    path(
        "werkgevers/<int:werkgeverId>/vacatures",
        employers.VacatureCollection.as_view(),
        name="werkgever-vacatures",
    ),
    path("vacatures/<int:pk>", employers.VacatureItem.as_view(), name="vacature"),
    path("plaatsingen", employers.PlaatsingCollection.as_view(), name="plaatsingen"),
    path("plaatsingen/<int:pk>", employers.PlaatsingItem.as_view(), name="plaatsing"),
    path("indicatoren", public.IndicatorCollection.as_view(), name="indicatoren"),
    path("indicatoren/<str:indicatorId>", public.IndicatorItem.as_view(), name="indicator"),
    path(
        "indicatoren/<str:indicatorId>/cellen",
        public.IndicatorCellen.as_view(),
        name="indicator-cellen",
    ),
    path("rekenhulp", public.Rekenhulp.as_view(), name="rekenhulp"),
    path(
        "verwerkingsactiviteiten",
        public.VerwerkingsactiviteitCollection.as_view(),
        name="verwerkingsactiviteiten",
    ),
]
for _name, (_collection, _item, _singular) in _children.items():
    urlpatterns += [
        path(
            f"inwoners/<int:inwonerId>/{_name}",
            _collection.as_view(),
            name=f"inwoner-{_name}",
        ),
        path(f"{_name}/<int:pk>", _item.as_view(), name=_singular),
    ]
