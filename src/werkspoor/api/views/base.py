# SPDX-License-Identifier: EUPL-1.2
"""The shape every API view shares: a collection (GET, paged and filtered; POST to create)
and a single resource (GET; PATCH to change). Query parameters the operation does not know
are refused with 400, like unknown body fields."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import generics, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from werkspoor.registry.models import Inwoner

from ..pagination import PAGE, SIZE, page_numbers
from ..processing import record_read
from ..serializers.base import api_names, raise_as_api_error


class ApiView(generics.GenericAPIView):
    resource = ""
    write_serializer_class = None
    extra_query: tuple[str, ...] = ()
    personal_data = True  # reading it is audited per resident
    filter_backends = [DjangoFilterBackend]

    def known_query_params(self) -> set[str]:
        known = set(self.extra_query)
        filterset = getattr(self, "filterset_class", None)
        if filterset is not None and self.request.method == "GET":
            known |= set(filterset.base_filters)
        if self.paginates and self.request.method == "GET":
            known |= {PAGE, SIZE}
        return known

    paginates = False

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.validate_query(request)

    def validate_query(self, request) -> None:
        """Every problem with the query string at once: unknown keys, filters, paging."""
        errors = {
            name: ["Onbekende queryparameter voor deze bewerking."]
            for name in sorted(set(request.query_params) - self.known_query_params())
        }
        filterset_class = getattr(self, "filterset_class", None)
        if filterset_class is not None and request.method == "GET":
            filterset = filterset_class(request.query_params, queryset=None, request=request)
            if not filterset.is_valid():
                errors.update(filterset.errors)
        if self.paginates and request.method == "GET":
            try:
                page_numbers(request)
            except ValidationError as error:
                errors.update(error.detail)
        if errors:
            raise ValidationError(errors)

    def inwoner_ids(self, objects) -> list[int]:
        return [getattr(o, "inwoner_id", None) for o in objects]

    def audit_read(self, objects) -> None:
        if self.personal_data:
            record_read(self.request, self.inwoner_ids(objects))

    def write(self, perform, serializer):
        """Run `perform` atomically; a rule it breaks comes back under the API's field names."""
        try:
            with transaction.atomic():
                return perform()
        except DjangoValidationError as error:
            raise_as_api_error(error, api_names(serializer))

    def created(self, instance):
        data = self.get_serializer(instance).data
        return Response(
            data,
            status=status.HTTP_201_CREATED,
            headers={"Location": data["_links"]["self"]["href"]},
        )


class CollectionView(ApiView):
    paginates = True

    def get(self, request, *args, **kwargs):
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        self.audit_read(page)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def post(self, request, *args, **kwargs):
        serializer = self.write_serializer_class(
            data=request.data, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        instance = self.write(lambda: self.perform_create(serializer), serializer)
        self.after_create(instance)
        return self.created(instance)

    def after_create(self, instance) -> None:
        """Work after the commit that must not hold the write lock (e.g. a remote call)."""


class ItemView(ApiView):
    def get(self, request, *args, **kwargs):
        instance = self.get_object()
        self.audit_read([instance])
        return Response(self.get_serializer(instance).data)

    def patch(self, request, *args, **kwargs):
        instance = self.get_object()
        serializer = self.write_serializer_class(
            instance,
            data=request.data,
            partial=self.partial_update,
            context=self.get_serializer_context(),
        )
        serializer.is_valid(raise_exception=True)
        instance = self.write(lambda: self.perform_update(serializer, instance), serializer)
        return Response(self.get_serializer(instance).data)

    partial_update = True


class InwonerChildren(CollectionView):
    """A collection that exists only within one resident: /inwoners/{inwonerId}/<resource>."""

    def get_inwoner(self) -> Inwoner:
        if not hasattr(self, "_inwoner"):
            self._inwoner = get_object_or_404(Inwoner, pk=self.kwargs["inwonerId"])
        return self._inwoner

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the OpenAPI generator asks
            return super().get_queryset().none()
        return super().get_queryset().filter(inwoner=self.get_inwoner())

    def get(self, request, *args, **kwargs):
        self.get_inwoner()
        return super().get(request, *args, **kwargs)
