# SPDX-License-Identifier: EUPL-1.2
"""Employer services through the API: werkgevers, their vacatures, and plaatsingen."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.employers.models import Plaatsing, Vacature, Werkgever

from .. import filters
from ..pagination import PageNumbers
from ..serializers import employers as s
from ..serializers.base import api_names, save_validated
from .base import CollectionView, ItemView
from .docs import ID, collection, item

WERKGEVER_ID = OpenApiParameter("werkgeverId", int, OpenApiParameter.PATH)


def _apply(instance, serializer):
    for field, value in serializer.validated_data.items():
        setattr(instance, field, value)
    return save_validated(instance, api_names(serializer))


@collection(
    "werkgevers",
    s.WerkgeverSerializer,
    s.WerkgeverWriteSerializer,
    list_id="werkgeversLijst",
    list_summary="Werkgevers",
    create_id="werkgeverRegistreren",
    create_summary="Een werkgever registreren",
)
class WerkgeverCollection(CollectionView):
    resource = "werkgevers"
    personal_data = False
    serializer_class = s.WerkgeverSerializer
    write_serializer_class = s.WerkgeverWriteSerializer
    filterset_class = filters.WerkgeverFilter
    pagination_class = PageNumbers
    queryset = Werkgever.objects.order_by("naam", "pk")

    def perform_create(self, serializer):
        return _apply(Werkgever(), serializer)


@item(
    "werkgevers",
    s.WerkgeverSerializer,
    s.WerkgeverWriteSerializer,
    get_id="werkgeverOpvragen",
    get_summary="Eén werkgever",
    patch_id="werkgeverWijzigen",
    patch_summary="Een werkgever wijzigen",
)
class WerkgeverItem(ItemView):
    resource = "werkgevers"
    personal_data = False
    serializer_class = s.WerkgeverSerializer
    write_serializer_class = s.WerkgeverWriteSerializer
    queryset = Werkgever.objects.all()

    def perform_update(self, serializer, werkgever):
        return _apply(werkgever, serializer)


@collection(
    "vacatures",
    s.VacatureSerializer,
    s.VacatureWriteSerializer,
    list_id="werkgeverVacaturesLijst",
    list_summary="Vacatures van een werkgever",
    create_id="werkgeverVacatureRegistreren",
    create_summary="Een vacature registreren",
    parameters=[WERKGEVER_ID],
)
class VacatureCollection(CollectionView):
    resource = "vacatures"
    personal_data = False
    serializer_class = s.VacatureSerializer
    write_serializer_class = s.VacatureWriteSerializer
    filterset_class = filters.VacatureFilter
    pagination_class = PageNumbers

    def get_werkgever(self) -> Werkgever:
        return get_object_or_404(Werkgever, pk=self.kwargs["werkgeverId"])

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the OpenAPI generator asks
            return Vacature.objects.none()
        return Vacature.objects.filter(werkgever=self.get_werkgever()).order_by("-startdatum", "pk")

    def perform_create(self, serializer):
        return _apply(Vacature(werkgever=self.get_werkgever()), serializer)


@item(
    "vacatures",
    s.VacatureSerializer,
    s.VacatureWriteSerializer,
    get_id="vacatureOpvragen",
    get_summary="Eén vacature",
    patch_id="vacatureWijzigen",
    patch_summary="Een vacature wijzigen of sluiten (einddatum)",
    parameters=[ID],
)
class VacatureItem(ItemView):
    resource = "vacatures"
    personal_data = False
    serializer_class = s.VacatureSerializer
    write_serializer_class = s.VacatureWriteSerializer
    queryset = Vacature.objects.all()

    def perform_update(self, serializer, vacature):
        return _apply(vacature, serializer)


@collection(
    "plaatsingen",
    s.PlaatsingSerializer,
    s.PlaatsingWriteSerializer,
    list_id="plaatsingenLijst",
    list_summary="Plaatsingen van inwoners bij werkgevers",
    create_id="plaatsingRegistreren",
    create_summary="Een plaatsing registreren",
)
class PlaatsingCollection(CollectionView):
    resource = "plaatsingen"
    serializer_class = s.PlaatsingSerializer
    write_serializer_class = s.PlaatsingWriteSerializer
    filterset_class = filters.PlaatsingFilter
    pagination_class = PageNumbers
    queryset = Plaatsing.objects.order_by("-datum", "-pk")

    def perform_create(self, serializer):
        plaatsing = _apply(Plaatsing(), serializer)
        audit.log(
            self.request.user,
            AuditActie.PLAATSING_GEREGISTREERD,
            plaatsing.inwoner_id,
            plaatsing.pk,
            {"werkgever": plaatsing.werkgever_id, "soort": plaatsing.soort, "kanaal": "api"},
        )
        return plaatsing


@item(
    "plaatsingen",
    s.PlaatsingSerializer,
    get_id="plaatsingOpvragen",
    get_summary="Eén plaatsing",
)
class PlaatsingItem(ItemView):
    resource = "plaatsingen"
    serializer_class = s.PlaatsingSerializer
    queryset = Plaatsing.objects.all()
    http_method_names = ["get", "head", "options"]
