# SPDX-License-Identifier: EUPL-1.2
"""The REST API v1 for other systems, by the Dutch API Design Rules (Logius)."""

from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "werkspoor.api"
    label = "api"
    verbose_name = "API"

    def ready(self):
        from . import schema  # noqa: F401  (registers the OpenAPI security scheme)
