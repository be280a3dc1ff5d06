# SPDX-License-Identifier: EUPL-1.2
"""The public operations (no token): the landing resource, the OpenAPI document, the
indicator catalogue with its published cells (the same disclosure control as the public
dashboard) and the rekenhulp. Rate-limited per address."""

from __future__ import annotations

from django.http import Http404
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.reverse import reverse

from werkspoor.core.periods import Quarter
from werkspoor.indicators.catalogue import catalogue
from werkspoor.indicators.services import default_threshold
from werkspoor.logbook.register import register
from werkspoor.registry.stand import BuitenHorizon, Horizon
from werkspoor.reports import store
from werkspoor.reports.services import figures_for
from werkspoor.rules.calculator import bereken
from werkspoor.rules.errors import RegelInvoerFout
from werkspoor.rules.forms import RekenhulpForm

from ..pagination import PageNumbers
from ..serializers import public as s
from .base import ApiView
from .docs import collection


class PublicView(ApiView):
    authentication_classes: list = []
    permission_classes = [AllowAny]
    personal_data = False
    http_method_names = ["get", "head", "options"]
    filter_backends: list = []


@extend_schema_view(
    get=extend_schema(
        operation_id="startpunt",
        summary="Het startpunt van de API: links naar de collecties en het OpenAPI-document",
        tags=["api"],
        responses={200: {"type": "object", "properties": {"_links": {"type": "object"}}}},
    )
)
class Root(PublicView):
    def get(self, request, *args, **kwargs):
        names = [
            "inwoners",
            "werkcoaches",
            "werkgevers",
            "plaatsingen",
            "indicatoren",
            "rekenhulp",
            "verwerkingsactiviteiten",
            "openapi",
        ]
        return Response(
            {"_links": {name: {"href": reverse(f"api:{name}", request=request)} for name in names}}
        )


@collection(
    "indicatoren",
    s.IndicatorSerializer,
    list_id="indicatorenLijst",
    list_summary="De indicatoren: definitie, eenheid, periode en bron",
)
class IndicatorCollection(PublicView):
    serializer_class = s.IndicatorSerializer
    pagination_class = PageNumbers
    paginates = True

    def get(self, request, *args, **kwargs):
        page = self.paginate_queryset(list(catalogue()))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


def _indicator(indicator_id: str):
    try:
        return catalogue().get(indicator_id)
    except KeyError:
        raise Http404(f"Er is geen indicator '{indicator_id}'.") from None


INDICATOR_ID = OpenApiParameter(
    "indicatorId",
    str,
    OpenApiParameter.PATH,
    description="Id van de indicator, bv. bijstand.bestand.",
)


@extend_schema_view(
    get=extend_schema(
        operation_id="indicatorOpvragen",
        summary="Eén indicator",
        tags=["indicatoren"],
        parameters=[INDICATOR_ID],
        responses={200: s.IndicatorSerializer},
    )
)
class IndicatorItem(PublicView):
    serializer_class = s.IndicatorSerializer

    def get(self, request, indicatorId, *args, **kwargs):
        return Response(self.get_serializer(_indicator(indicatorId)).data)


@extend_schema_view(
    get=extend_schema(
        operation_id="indicatorCellenOpvragen",
        summary="De gepubliceerde cellen van een indicator in een kwartaal",
        description="Dezelfde cijfers als het openbare dashboard: een cel die op te weinig "
        "personen rust (of een totaal dat haar zou verraden) is onderdrukt.",
        tags=["indicatoren"],
        parameters=[
            INDICATOR_ID,
            OpenApiParameter(
                "periode",
                str,
                description="Kwartaal (jjjjQk, bv. 2021Q4); standaard het laatste volledige.",
                pattern=r"^\d{4}Q[1-4]$",
            ),
        ],
        responses={200: s.CellenSerializer},
    )
)
class IndicatorCellen(PublicView):
    serializer_class = s.CellenSerializer
    extra_query = ("periode",)

    def get(self, request, indicatorId, *args, **kwargs):
        indicator = _indicator(indicatorId)
        stored = store.current()
        if stored is None:
            raise Http404("Er zijn nog geen gepubliceerde cijfers: ze worden nog berekend.")
        quarter = self._quarter(request.query_params.get("periode"), stored.horizon)
        figures = figures_for(stored, quarter)
        cells = [c for c in figures.cells_in(quarter) if c.indicator == indicator.id]
        data = {
            "indicator": indicator.id,
            "periode": str(quarter),
            "drempel": default_threshold(),
            "cellen": [
                {
                    "uitsplitsing": c.uitsplitsing,
                    "waarde": None if c.onderdrukt else c.waarde,
                    "onderdrukt": c.onderdrukt,
                }
                for c in cells
            ],
        }
        return Response(data)

    @staticmethod
    def _quarter(text: str | None, horizon: Horizon) -> Quarter:
        """The asked quarter within the horizon of the published figures (the latest one
        when none is asked)."""
        if horizon.empty:
            raise Http404("Er zijn nog geen cijfers: de registratie is leeg.")
        if not text:
            return horizon.latest_quarter
        try:
            quarter = Quarter.parse(text)
        except ValueError:
            raise ValidationError(
                {"periode": ["Geef een kwartaal als jjjjQk, bv. 2021Q4."]}
            ) from None
        try:
            horizon.check(quarter)
        except BuitenHorizon as outside:
            raise ValidationError({"periode": [str(outside)]}) from None
        return quarter


# camelCase query key -> the rekenhulp form's field
REKENHULP_PARAMS = {
    "huishouden": "huishouden",
    "leeftijd": "leeftijd",
    "leeftijdPartner": "leeftijd_partner",
    "kinderen": "kinderen",
    "kindOnder12": "kind_onder_12",
    "huisgenoten": "huisgenoten",
    "nettoLoon": "netto_loon",
    "urenPerWeek": "uren_per_week",
    "startmaand": "startmaand",
    "medisch": "medisch",
    "student": "student",
}
_REKENHULP_TYPES = {
    "huishouden": {"type": "string", "enum": ["alleenstaande", "alleenstaande_ouder", "gehuwden"]},
    "leeftijd": {"type": "integer", "minimum": 18, "maximum": 120},
    "leeftijdPartner": {"type": "integer", "minimum": 18, "maximum": 120},
    "kinderen": {"type": "boolean"},
    "kindOnder12": {"type": "boolean"},
    "huisgenoten": {"type": "integer", "minimum": 0, "maximum": 20},
    "nettoLoon": {"type": "number", "minimum": 0, "maximum": 999999.99},
    "urenPerWeek": {"type": "number", "minimum": 0, "maximum": 168},
    "startmaand": {"type": "string", "format": "date"},
    "medisch": {"type": "boolean"},
    "student": {"type": "boolean"},
}
_REQUIRED = {"huishouden", "leeftijd", "huisgenoten", "nettoLoon", "startmaand"}


@extend_schema_view(
    get=extend_schema(
        operation_id="rekenhulp",
        summary="Wat houdt een huishouden in de bijstand per maand over als het gaat werken?",
        description="Dezelfde berekening als de openbare rekenhulp; er wordt niets bewaard.",
        tags=["rekenhulp"],
        parameters=[
            OpenApiParameter(name, required=name in _REQUIRED, **{"type": schema})
            for name, schema in _REKENHULP_TYPES.items()
        ],
        responses={200: s.UitkomstSerializer},
    )
)
class Rekenhulp(PublicView):
    extra_query = tuple(REKENHULP_PARAMS)

    def get(self, request, *args, **kwargs):
        data = {
            field: request.query_params[name]
            for name, field in REKENHULP_PARAMS.items()
            if name in request.query_params
        }
        form = RekenhulpForm(data)
        if not form.is_valid():
            to_api = {field: name for name, field in REKENHULP_PARAMS.items()}
            raise ValidationError(
                {
                    to_api.get(field, "non_field_errors"): errors
                    for field, errors in form.errors.items()
                }
            )
        try:
            return Response(s.camelize(bereken(form.aanvraag())))
        except RegelInvoerFout as error:
            raise ValidationError({"non_field_errors": [str(error)]}) from None


@collection(
    "verwerkingsactiviteiten",
    s.VerwerkingsactiviteitSerializer,
    list_id="verwerkingsactiviteitenLijst",
    list_summary="Het register van verwerkingsactiviteiten (AVG art. 30), elke versie",
)
class VerwerkingsactiviteitCollection(PublicView):
    serializer_class = s.VerwerkingsactiviteitSerializer
    pagination_class = PageNumbers
    paginates = True

    def get(self, request, *args, **kwargs):
        activities = sorted(register().activiteiten.values(), key=lambda a: (a.id, a.versie))
        page = self.paginate_queryset(activities)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)
