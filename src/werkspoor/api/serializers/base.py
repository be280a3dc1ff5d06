# SPDX-License-Identifier: EUPL-1.2
"""What every serializer of the API shares: camelCase names for the model's fields, unknown
fields refused (nothing sent is silently dropped), and the model's own validation
(`full_clean`, database rules) reported under the API's field names."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models
from rest_framework import serializers
from rest_framework.reverse import reverse

from ..problems import NON_FIELD, Conflict


class Datum(serializers.DateField):
    """A date as the rules ask (ISO 8601 full-date), with a Dutch message."""

    default_error_messages = {
        "invalid": "Geef een datum als jjjj-mm-dd (ISO 8601).",
        "datetime": "Geef een datum zonder tijd (jjjj-mm-dd).",
    }


class StrictSerializer(serializers.Serializer):
    """Refuses a body that is not an object or that names fields the operation does not know."""

    def to_internal_value(self, data):
        if not isinstance(data, dict):
            raise serializers.ValidationError(
                {NON_FIELD: ["Stuur een JSON-object met de velden van deze resource."]}
            )
        writable = {name for name, field in self.fields.items() if not field.read_only}
        unknown = sorted(set(data) - writable)
        errors = {}
        try:
            value = super().to_internal_value(data)
        except serializers.ValidationError as error:
            errors = dict(error.detail)
            value = None
        for name in unknown:
            errors[name] = [
                serializers.ErrorDetail("Onbekend veld voor deze bewerking.", "onbekend")
            ]
        if errors:
            raise serializers.ValidationError(errors)
        return value


class StrictModelSerializer(StrictSerializer, serializers.ModelSerializer):
    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.DateField: Datum,
    }


class ReadSerializer(StrictModelSerializer):
    """How a resource is shown: every field read-only."""

    def get_fields(self):
        fields = super().get_fields()
        for field in fields.values():
            field.read_only = True
        return fields


def api_names(serializer) -> dict[str, str]:
    """model field name -> the name the API uses for it."""
    return {
        field.source: name
        for name, field in serializer.fields.items()
        if field.source and field.source != "*"
    }


def raise_as_api_error(error: DjangoValidationError, names: dict[str, str]):
    """Re-raise a model or service validation error with the API's field names; a clash
    with an existing record (a unique value) is a 409 Conflict."""
    if not hasattr(error, "error_dict"):
        raise serializers.ValidationError({NON_FIELD: error.messages}) from error
    unique = [
        message
        for errors in error.error_dict.values()
        for item in errors
        if item.code in ("unique", "unique_together")
        for message in item.messages
    ]
    if unique:
        raise Conflict(" ".join(unique)) from error
    detail = {}
    for field, errors in error.message_dict.items():
        key = NON_FIELD if field == "__all__" else names.get(field, field)
        detail.setdefault(key, []).extend(errors)
    raise serializers.ValidationError(detail) from error


def save_validated(instance, names: dict[str, str]):
    """full_clean (every field, the model's rules) and save; errors under the API's names."""
    try:
        instance.full_clean()
    except DjangoValidationError as error:
        raise_as_api_error(error, names)
    instance.save()
    return instance


class SelfLinkField(serializers.Field):
    """HAL `_links` with `self` (and the related collections a view names)."""

    def __init__(self, view_name: str, related: dict[str, str] | None = None, **kwargs):
        self.view_name, self.related = view_name, related or {}
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, instance):
        request = self.context.get("request")
        links = {"self": {"href": reverse(self.view_name, [instance.pk], request=request)}}
        for rel, view_name in self.related.items():
            links[rel] = {"href": reverse(view_name, [instance.pk], request=request)}
        return links
