# SPDX-License-Identifier: EUPL-1.2
"""GET /api/v1/openapi.json: the document, public and open to every origin
(/core/publish-openapi). Generated once per process."""

from __future__ import annotations

from drf_spectacular.generators import SchemaGenerator
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from .public import PublicView

_document: dict | None = None


def openapi_document() -> dict:
    global _document
    if _document is None:
        _document = SchemaGenerator().get_schema(request=None, public=True)
    return _document


class OpenApiDocument(PublicView):
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]
    schema = None  # itself described by the post-processing hook

    def get(self, request, *args, **kwargs):
        return Response(openapi_document())
