# SPDX-License-Identifier: EUPL-1.2
"""What every response under /api/v1/ carries, whichever view (or none) answered:
the API-Version header, Cache-Control: no-store, CORS as configured, and a problem+json
body for every error (also an unknown path, a trailing slash or a server error)."""

from __future__ import annotations

import logging

from django.conf import settings
from django.http import HttpResponse

from .problems import CONTENT_TYPE, problem_response
from .versioning import API_VERSION, BASE_PATH

logger = logging.getLogger(__name__)
OPEN_DOCUMENTS = (f"{BASE_PATH}openapi.json", f"{BASE_PATH}openapi.yaml")
CORS_METHODS = "GET, POST, PATCH, OPTIONS"
CORS_HEADERS = "Authorization, Content-Type, traceparent, tracestate"


def _allowed_origin(request) -> str | None:
    origin = request.headers.get("Origin")
    if request.path in OPEN_DOCUMENTS:
        return "*"  # /core/publish-openapi: readable from any browser application
    if origin and origin in settings.WERKSPOOR_API_CORS_ORIGINS:
        return origin
    return None


def _is_preflight(request) -> bool:
    return request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers


class ApiResponseMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(BASE_PATH):
            return self.get_response(request)
        if _is_preflight(request) and _allowed_origin(request):
            response = HttpResponse(status=204)
        else:
            response = self.get_response(request)
        if response.status_code >= 400 and not response.get("Content-Type", "").startswith(
            CONTENT_TYPE
        ):
            response = self._as_problem(request, response)
        response["API-Version"] = API_VERSION
        response.headers.setdefault("Cache-Control", "no-store")
        origin = _allowed_origin(request)
        if origin:
            response["Access-Control-Allow-Origin"] = origin
            response["Access-Control-Expose-Headers"] = "API-Version, Location, Retry-After"
            if origin != "*":
                response["Vary"] = "Origin"
            if _is_preflight(request):
                response["Access-Control-Allow-Methods"] = CORS_METHODS
                response["Access-Control-Allow-Headers"] = CORS_HEADERS
        return response

    def process_exception(self, request, exception):
        if not request.path.startswith(BASE_PATH):
            return None
        logger.exception("Fout in de API bij %s %s", request.method, request.path)
        return problem_response(
            500,
            "Er ging iets mis aan onze kant; het verzoek is niet uitgevoerd.",
            request.get_full_path(),
        )

    @staticmethod
    def _as_problem(request, response):
        code = response.status_code
        detail = {
            404: "Deze resource bestaat niet. Let op: paden eindigen niet op een '/'.",
            405: "Deze methode is hier niet toegestaan.",
        }.get(code, "Het verzoek kon niet worden verwerkt.")
        converted = problem_response(code, detail, request.get_full_path())
        if response.has_header("Allow"):
            converted["Allow"] = response["Allow"]
        return converted
