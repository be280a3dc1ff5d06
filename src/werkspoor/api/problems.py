# SPDX-License-Identifier: EUPL-1.2
"""Errors as problem details (RFC 9457, application/problem+json) with Dutch texts.

A 400 lists every invalid field at once in `invalidParams` (name, code, reason), as the API
Design Rules ask (/core/error-handling/all-errors). The exception handler covers what DRF
raises; `problem_response` is also used by the middleware for errors outside DRF views
(an unknown path, a server error)."""

from __future__ import annotations

import json

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.http import Http404, HttpResponse
from rest_framework import exceptions, status
from rest_framework.views import exception_handler as drf_exception_handler

from werkspoor.registry.integrity import explain_integrity_error

CONTENT_TYPE = "application/problem+json"

TITLES = {
    400: "Ongeldige invoer",
    401: "Niet geauthenticeerd",
    403: "Geen toegang",
    404: "Niet gevonden",
    405: "Methode niet toegestaan",
    406: "Niet aanvaardbaar",
    409: "Conflict",
    415: "Mediatype niet ondersteund",
    429: "Te veel verzoeken",
    500: "Interne fout",
    503: "Dienst niet beschikbaar",
}
_SECTIONS = {
    400: "name-400-bad-request",
    401: "name-401-unauthorized",
    403: "name-403-forbidden",
    404: "name-404-not-found",
    405: "name-405-method-not-allowed",
    406: "name-406-not-acceptable",
    409: "name-409-conflict",
    415: "name-415-unsupported-media-type",
    500: "name-500-internal-server-error",
    503: "name-503-service-unavailable",
}
NON_FIELD = "non_field_errors"


def problem_type(status_code: int) -> str:
    if status_code == 429:
        return "https://www.rfc-editor.org/rfc/rfc6585#section-4"
    section = _SECTIONS.get(status_code)
    return f"https://www.rfc-editor.org/rfc/rfc9110#{section}" if section else "about:blank"


def problem(status_code: int, detail: str, instance: str = "", **extra) -> dict:
    body = {
        "type": problem_type(status_code),
        "title": TITLES.get(status_code, "Fout"),
        "status": status_code,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    body.update(extra)
    return body


def problem_response(status_code: int, detail: str, instance: str = "", **extra) -> HttpResponse:
    body = problem(status_code, detail, instance, **extra)
    return HttpResponse(
        json.dumps(body, ensure_ascii=False), status=status_code, content_type=CONTENT_TYPE
    )


def invalid_params(detail, prefix: str = "") -> list[dict]:
    """Flatten DRF's nested error detail into one entry per invalid field."""
    params: list[dict] = []
    if isinstance(detail, dict):
        for key, value in detail.items():
            name = prefix if key in (NON_FIELD, "__all__") else _join(prefix, str(key))
            params += invalid_params(value, name)
    elif isinstance(detail, list):
        if detail and all(isinstance(item, (dict, list)) for item in detail):
            for index, item in enumerate(detail):
                params += invalid_params(item, _join(prefix, str(index)))
        else:
            for item in detail:
                params += invalid_params(item, prefix)
    else:
        entry = {"code": getattr(detail, "code", None) or "invalid", "reason": str(detail)}
        if prefix:
            entry = {"name": prefix, **entry}
        params.append(entry)
    return params


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _as_drf(exc):
    """Django's own exceptions raised inside an API view, as DRF exceptions."""
    if isinstance(exc, DjangoValidationError):
        if hasattr(exc, "error_dict"):
            return exceptions.ValidationError(exc.message_dict)
        return exceptions.ValidationError({NON_FIELD: exc.messages})
    if isinstance(exc, IntegrityError):
        return Conflict(explain_integrity_error(exc))
    if isinstance(exc, Http404):
        return exceptions.NotFound(str(exc) or "Deze resource bestaat niet.")
    if isinstance(exc, DjangoPermissionDenied):
        return exceptions.PermissionDenied(str(exc) or "Geen toegang.")
    return exc


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "Het verzoek botst met de huidige toestand van de resource."
    default_code = "conflict"


DUTCH_DETAIL = {
    "not_authenticated": "Geef een geldig toegangstoken mee (Authorization: Bearer ...).",
    "authentication_failed": None,  # our own Dutch message
    "method_not_allowed": "Deze methode is hier niet toegestaan.",
    "not_acceptable": "Dit API levert alleen application/json.",
    "unsupported_media_type": "Stuur de gegevens als application/json.",
    "throttled": "Te veel verzoeken van deze client; probeer het na Retry-After seconden opnieuw.",
    "parse_error": "De inhoud is geen geldige JSON.",
}


def exception_handler(exc, context):
    exc = _as_drf(exc)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None  # a real server error: the middleware answers 500 and logs it
    request = context.get("request")
    instance = request.get_full_path() if request is not None else ""
    code = response.status_code
    if isinstance(exc, exceptions.ValidationError):
        params = invalid_params(exc.detail)
        count = len(params)
        detail = (
            "Het verzoek bevat een ongeldige waarde."
            if count == 1
            else f"Het verzoek bevat {count} ongeldige waarden."
        )
        body = problem(400, detail, instance, invalidParams=params)
    else:
        codes = exc.get_codes() if isinstance(exc, exceptions.APIException) else None
        text = DUTCH_DETAIL.get(codes) if isinstance(codes, str) else None
        text = text or str(getattr(exc, "detail", exc))
        extra = {"invalidParams": [{"code": codes, "reason": text}]} if code == 400 else {}
        body = problem(code, text, instance, **extra)
    response.data = body
    response.content_type = CONTENT_TYPE
    return response
