# SPDX-License-Identifier: EUPL-1.2
"""The public resources: the indicator catalogue with its published cells, and the
rekenhulp. No personal data; no token needed."""

from __future__ import annotations

import re

from rest_framework import serializers

CAMEL_SPLIT = re.compile(r"_([a-z0-9])")


def camel(name: str) -> str:
    return CAMEL_SPLIT.sub(lambda m: m.group(1).upper(), name)


def camelize(value):
    """Dict keys from snake_case to camelCase, recursively (the rules speak snake_case)."""
    if isinstance(value, dict):
        return {camel(k): camelize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [camelize(v) for v in value]
    return value


class IndicatorSerializer(serializers.Serializer):
    id = serializers.CharField()
    naam = serializers.CharField()
    definitie = serializers.CharField()
    eenheid = serializers.CharField()
    periode = serializers.CharField()
    peildatum = serializers.CharField()
    thema = serializers.CharField()
    soort = serializers.CharField()
    berekening = serializers.CharField()
    uitsplitsingen = serializers.ListField(child=serializers.CharField())
    bron = serializers.CharField()


class CelSerializer(serializers.Serializer):
    uitsplitsing = serializers.DictField(
        child=serializers.CharField(), help_text="Leeg: het totaal van de gemeente."
    )
    waarde = serializers.FloatField(allow_null=True, help_text="Leeg als de cel is onderdrukt.")
    onderdrukt = serializers.BooleanField(
        help_text="Onderdrukt omdat de groep te klein is (of een totaal haar zou verraden)."
    )


class CellenSerializer(serializers.Serializer):
    indicator = serializers.CharField()
    periode = serializers.CharField(help_text="Kwartaal, bijvoorbeeld 2021Q4.")
    drempel = serializers.IntegerField(help_text="Kleinste gepubliceerde groep (personen).")
    cellen = CelSerializer(many=True)


class MaandSerializer(serializers.Serializer):
    maand = serializers.DateField()
    maandTekst = serializers.CharField()
    norm = serializers.FloatField(help_text="Bijstandsnorm inclusief vakantietoeslag.")
    loon = serializers.FloatField()
    vrijlating = serializers.FloatField()
    vrijlatingSoort = serializers.ChoiceField(
        choices=["geen", "algemeen", "alleenstaande_ouder", "medisch_urenbeperkt"]
    )
    vrijlatingTekst = serializers.CharField()
    uitkering = serializers.FloatField(help_text="Resterende bijstand incl. vakantietoeslag.")
    jongerentoeslag = serializers.FloatField()
    totaal = serializers.FloatField(help_text="Loon + uitkering + jongerentoeslag.")


class RegelingSerializer(serializers.Serializer):
    sleutel = serializers.CharField()
    naam = serializers.CharField()
    uitleg = serializers.CharField()
    recht = serializers.BooleanField(help_text="Recht met het werk.")
    rechtZonderWerk = serializers.BooleanField()
    redenen = serializers.ListField(child=serializers.CharField())
    bron = serializers.CharField()


class UitkomstSerializer(serializers.Serializer):
    startmaand = serializers.DateField()
    huishouden = serializers.CharField()
    nettoLoon = serializers.FloatField()
    urenPerWeek = serializers.FloatField()
    zonderWerk = MaandSerializer()
    maanden = MaandSerializer(many=True)
    vrijlatingTot = serializers.DateField(allow_null=True)
    vrijlatingTotTekst = serializers.CharField(allow_null=True)
    regelingen = RegelingSerializer(many=True)
    afgekapt = serializers.BooleanField(
        help_text="Minder dan 12 maanden, omdat latere bedragen nog niet bekend zijn."
    )


class GrondslagSerializer(serializers.Serializer):
    avg = serializers.CharField(help_text="Het lid van AVG art. 6.")
    wet = serializers.CharField(help_text="De wettelijke taak of plicht.")


class VerwerkingsactiviteitSerializer(serializers.Serializer):
    id = serializers.CharField()
    versie = serializers.IntegerField()
    uri = serializers.CharField(help_text="Zoals logregels ernaar verwijzen.")
    naam = serializers.CharField()
    doel = serializers.CharField()
    grondslag = GrondslagSerializer(source="grondslag_delen")
    bewaartermijnMaanden = serializers.IntegerField(source="bewaartermijn_maanden")
    categorieen = serializers.ListField(child=serializers.CharField())
