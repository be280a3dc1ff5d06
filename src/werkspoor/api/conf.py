# SPDX-License-Identifier: EUPL-1.2
"""The API's settings, added to the project's by conf/settings.py (one call, so the shared
settings module stays small).

WERKSPOOR_API_URL              server URL in the OpenAPI document (default /api/v1)
WERKSPOOR_API_CORS_ORIGINS     comma-separated origins that may call the API from a browser
WERKSPOOR_API_PUBLIEK_PER_MINUUT  requests per minute per address for the public operations
WERKSPOOR_API_TOKEN_SECONDEN   lifetime of an access token (default 3600)
"""

from __future__ import annotations

APPS = ["rest_framework", "django_filters", "drf_spectacular", "oauth2_provider", "werkspoor.api"]
MIDDLEWARE = "werkspoor.api.middleware.ApiResponseMiddleware"


def api_settings(env) -> dict:
    return {
        "WERKSPOOR_API_URL": env.get("WERKSPOOR_API_URL", "/api/v1"),
        "WERKSPOOR_API_CORS_ORIGINS": [
            o.strip() for o in env.get("WERKSPOOR_API_CORS_ORIGINS", "").split(",") if o.strip()
        ],
        "WERKSPOOR_API_PUBLIEK_PER_MINUUT": int(env.get("WERKSPOOR_API_PUBLIEK_PER_MINUUT", "120")),
        "REST_FRAMEWORK": {
            "DEFAULT_AUTHENTICATION_CLASSES": [
                "werkspoor.api.authentication.ClientCredentialsAuthentication"
            ],
            "DEFAULT_PERMISSION_CLASSES": ["werkspoor.api.permissions.HasScopes"],
            "DEFAULT_THROTTLE_CLASSES": ["werkspoor.api.throttling.PerClientRateThrottle"],
            "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
            "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
            # OPTIONS is no documented operation: 405, except a CORS preflight (middleware).
            "DEFAULT_METADATA_CLASS": None,
            "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
            "EXCEPTION_HANDLER": "werkspoor.api.problems.exception_handler",
            "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
            "DATE_INPUT_FORMATS": ["iso-8601"],
            "COERCE_DECIMAL_TO_STRING": False,
        },
        "SPECTACULAR_SETTINGS": {
            "TITLE": "Werkspoor API",
            "SCHEMA_PATH_PREFIX": r"/api/v[0-9]+",
            "SCHEMA_PATH_PREFIX_TRIM": True,
            "SERVE_INCLUDE_SCHEMA": False,
            "COMPONENT_SPLIT_REQUEST": True,
            "ENUM_GENERATE_CHOICE_DESCRIPTION": False,
            "ENUM_NAME_OVERRIDES": {
                "DoelSoortEnum": "werkspoor.registry.choices.DoelSoort",
                "PlaatsingSoortEnum": "werkspoor.employers.models.PlaatsingSoort",
            },
            "POSTPROCESSING_HOOKS": [
                "drf_spectacular.hooks.postprocess_schema_enums",
                "werkspoor.api.schema.complete_document",
            ],
        },
        # django-oauth-toolkit's models are swappable; migrations read these names.
        "OAUTH2_PROVIDER_APPLICATION_MODEL": "oauth2_provider.Application",
        "OAUTH2_PROVIDER_ACCESS_TOKEN_MODEL": "oauth2_provider.AccessToken",
        "OAUTH2_PROVIDER_REFRESH_TOKEN_MODEL": "oauth2_provider.RefreshToken",
        "OAUTH2_PROVIDER_ID_TOKEN_MODEL": "oauth2_provider.IDToken",
        "OAUTH2_PROVIDER_GRANT_MODEL": "oauth2_provider.Grant",
        "OAUTH2_PROVIDER": {
            "SCOPES_BACKEND_CLASS": "werkspoor.api.scopes.ClientScopes",
            "ACCESS_TOKEN_EXPIRE_SECONDS": int(env.get("WERKSPOOR_API_TOKEN_SECONDEN", "3600")),
        },
    }
