# SPDX-License-Identifier: EUPL-1.2
"""Paging: `pagina` (from 1) and `paginaGrootte` (at most 100) in the query; the response
carries the items in `resultaten`, the total and HAL links to the neighbouring pages."""

from __future__ import annotations

import math

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

PAGE, SIZE = "pagina", "paginaGrootte"
DEFAULT_SIZE, MAX_SIZE = 20, 100
MAX_PAGE = 10_000_000


def _positive_int(request, name: str, default: int, maximum: int | None, errors: dict) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit()) or int(raw) < 1:
        errors[name] = ["Geef een geheel getal vanaf 1."]
        return default
    if maximum is not None and int(raw) > maximum:
        errors[name] = [f"Ten hoogste {maximum}."]
        return default
    return int(raw)


def page_numbers(request) -> tuple[int, int]:
    errors: dict = {}
    page = _positive_int(request, PAGE, 1, MAX_PAGE, errors)
    size = _positive_int(request, SIZE, DEFAULT_SIZE, MAX_SIZE, errors)
    if errors:
        raise ValidationError(errors)
    return page, size


class PageNumbers(BasePagination):
    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.page, self.size = page_numbers(request)
        self.total = len(queryset) if isinstance(queryset, (list, tuple)) else queryset.count()
        self.last = max(1, math.ceil(self.total / self.size))
        start = (self.page - 1) * self.size
        if start >= self.total:
            return []  # past the last page: no query with a huge offset
        return list(queryset[start : start + self.size])

    def _link(self, page: int) -> dict:
        url = self.request.build_absolute_uri()
        url = remove_query_param(url, PAGE) if page == 1 else replace_query_param(url, PAGE, page)
        return {"href": url}

    def get_paginated_response(self, data):
        links = {
            "self": self._link(self.page),
            "first": self._link(1),
            "last": self._link(self.last),
        }
        if self.page > 1:
            links["prev"] = self._link(min(self.page - 1, self.last))
        if self.page < self.last:
            links["next"] = self._link(self.page + 1)
        return Response(
            {"_links": links, "totaal": self.total, "pagina": self.page, "resultaten": data}
        )

    def get_paginated_response_schema(self, schema):
        link = {"type": "object", "properties": {"href": {"type": "string", "format": "uri"}}}
        return {
            "type": "object",
            "required": ["_links", "totaal", "pagina", "resultaten"],
            "properties": {
                "_links": {
                    "type": "object",
                    "required": ["self", "first", "last"],
                    "properties": {rel: link for rel in ("self", "first", "prev", "next", "last")},
                },
                "totaal": {"type": "integer", "minimum": 0},
                "pagina": {"type": "integer", "minimum": 1},
                "resultaten": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": PAGE,
                "in": "query",
                "required": False,
                "description": "Paginanummer, vanaf 1.",
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE},
            },
            {
                "name": SIZE,
                "in": "query",
                "required": False,
                "description": f"Aantal resultaten per pagina (standaard {DEFAULT_SIZE}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_SIZE},
            },
        ]
