# SPDX-License-Identifier: EUPL-1.2
"""Filters of the collections (query keys in camelCase, /core/query-keys-camel-case).
An invalid value gives 400 with every invalid filter at once."""

from __future__ import annotations

import django_filters as filters
from django import forms

from werkspoor.core.gemeente import current_gemeente
from werkspoor.employers.models import Plaatsing, PlaatsingSoort, Vacature, Werkgever
from werkspoor.registry.choices import DoelStatus, Huishoudtype, Instrument, Regeling
from werkspoor.registry.models import Doel, Inwoner, Traject, Uitkering
from werkspoor.registry.services import running_on


class IdFilter(filters.NumberFilter):
    """An internal id: a whole number in the database's range (never a BSN)."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", 2**63 - 1)
        super().__init__(*args, **kwargs)


def wijk_choices() -> list[tuple[str, str]]:
    return [(w, w) for w in current_gemeente().wijken]


def _running_on(queryset, name, value):
    return queryset.filter(running_on(value))


class LopendOpFilter(filters.FilterSet):
    lopendOp = filters.DateFilter(
        method=_running_on, label="Alleen wat op deze datum loopt (jjjj-mm-dd)."
    )


class InwonerFilter(filters.FilterSet):
    wijk = filters.ChoiceFilter(choices=lambda: wijk_choices(), label="Wijk van de inwoner.")
    huishoudtype = filters.ChoiceFilter(choices=Huishoudtype.choices)

    class Meta:
        model = Inwoner
        fields = []


class UitkeringFilter(LopendOpFilter):
    regeling = filters.ChoiceFilter(choices=Regeling.choices)

    class Meta:
        model = Uitkering
        fields = []


class DoelFilter(filters.FilterSet):
    status = filters.ChoiceFilter(choices=DoelStatus.choices)

    class Meta:
        model = Doel
        fields = []


class TrajectFilter(LopendOpFilter):
    instrument = filters.ChoiceFilter(choices=Instrument.choices)

    class Meta:
        model = Traject
        fields = []


class WerkgeverFilter(filters.FilterSet):
    naam = filters.CharFilter(lookup_expr="icontains", label="Deel van de naam.")
    sector = filters.CharFilter()

    class Meta:
        model = Werkgever
        fields = []


class VacatureFilter(LopendOpFilter):
    class Meta:
        model = Vacature
        fields = []


class PlaatsingFilter(filters.FilterSet):
    werkgever = IdFilter(field_name="werkgever_id", label="Id van de werkgever.")
    inwoner = IdFilter(field_name="inwoner_id", label="Id van de inwoner.")
    soort = filters.ChoiceFilter(choices=PlaatsingSoort.choices)
    vanaf = filters.DateFilter(field_name="datum", lookup_expr="gte", label="Op of na deze datum.")
    tot = filters.DateFilter(field_name="datum", lookup_expr="lt", label="Vóór deze datum.")

    class Meta:
        model = Plaatsing
        fields = []
