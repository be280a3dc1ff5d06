# SPDX-License-Identifier: EUPL-1.2
"""Employer services as resources: werkgevers, vacatures and plaatsingen."""

from __future__ import annotations

from rest_framework import serializers

from werkspoor.employers.models import Plaatsing, PlaatsingSoort, Vacature, Werkgever
from werkspoor.registry.models import Inwoner

from .base import Datum, ReadSerializer, StrictModelSerializer
from .registry import Links


class WerkgeverSerializer(ReadSerializer):
    _links = Links("api:werkgever", {"vacatures": "api:werkgever-vacatures"})
    code = serializers.CharField(source="external_id")

    class Meta:
        model = Werkgever
        fields = ["_links", "id", "code", "naam", "sector"]


class WerkgeverWriteSerializer(StrictModelSerializer):
    code = serializers.CharField(source="external_id", required=False, max_length=64)
    naam = serializers.CharField(max_length=200)
    sector = serializers.CharField(required=False, allow_blank=True, max_length=100)

    class Meta:
        model = Werkgever
        fields = ["code", "naam", "sector"]


class VacatureSerializer(ReadSerializer):
    _links = Links("api:vacature")
    code = serializers.CharField(source="external_id")
    werkgever = serializers.IntegerField(source="werkgever_id")
    urenPerWeek = serializers.IntegerField(source="uren_per_week", allow_null=True)

    class Meta:
        model = Vacature
        fields = [
            "_links",
            "id",
            "code",
            "werkgever",
            "titel",
            "aantal",
            "urenPerWeek",
            "startdatum",
            "einddatum",
        ]


class VacatureWriteSerializer(StrictModelSerializer):
    code = serializers.CharField(source="external_id", required=False, max_length=64)
    titel = serializers.CharField(max_length=200)
    aantal = serializers.IntegerField(required=False, min_value=1, max_value=1000)
    urenPerWeek = serializers.IntegerField(
        source="uren_per_week", required=False, allow_null=True, min_value=1, max_value=80
    )
    einddatum = Datum(required=False, allow_null=True)

    class Meta:
        model = Vacature
        fields = ["code", "titel", "aantal", "urenPerWeek", "startdatum", "einddatum"]


class PlaatsingSerializer(ReadSerializer):
    _links = Links("api:plaatsing")
    code = serializers.CharField(source="external_id")
    werkgever = serializers.IntegerField(source="werkgever_id")
    inwoner = serializers.IntegerField(source="inwoner_id")
    vacature = serializers.IntegerField(source="vacature_id", allow_null=True)

    class Meta:
        model = Plaatsing
        fields = ["_links", "id", "code", "werkgever", "inwoner", "vacature", "datum", "soort"]


class PlaatsingWriteSerializer(StrictModelSerializer):
    code = serializers.CharField(source="external_id", required=False, max_length=64)
    werkgever = serializers.PrimaryKeyRelatedField(queryset=Werkgever.objects.all())
    inwoner = serializers.PrimaryKeyRelatedField(queryset=Inwoner.objects.all())
    vacature = serializers.PrimaryKeyRelatedField(
        queryset=Vacature.objects.all(), required=False, allow_null=True
    )
    soort = serializers.ChoiceField(choices=PlaatsingSoort.choices)

    class Meta:
        model = Plaatsing
        fields = ["code", "werkgever", "inwoner", "vacature", "datum", "soort"]

    def validate(self, data):
        vacature, werkgever = data.get("vacature"), data.get("werkgever")
        if vacature is not None and werkgever is not None and vacature.werkgever_id != werkgever.pk:
            raise serializers.ValidationError(
                {"vacature": "Deze vacature hoort bij een andere werkgever."}
            )
        return data
