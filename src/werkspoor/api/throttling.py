# SPDX-License-Identifier: EUPL-1.2
"""Rate limiting per client: a counter per client per minute in the database, so that every
worker process counts against the same limit. Over the limit the API answers 429 with
Retry-After (RFC 9110) until the minute is over."""

from __future__ import annotations

import time

from django.conf import settings
from django.db import connection
from rest_framework.throttling import BaseThrottle

from .models import RateWindow

_TABLE = RateWindow._meta.db_table


def count_request(key: str, minute: int) -> int:
    """Add one request to (key, minute) and return the count, atomically on both databases."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_TABLE} (sleutel, minuut, aantal) VALUES (%s, %s, 1) "
            f"ON CONFLICT (sleutel, minuut) DO UPDATE SET aantal = {_TABLE}.aantal + 1 "
            "RETURNING aantal",
            [key, minute],
        )
        (count,) = cursor.fetchone()
        if count == 1:  # the first request of a new minute clears the key's old minutes
            cursor.execute(
                f"DELETE FROM {_TABLE} WHERE sleutel = %s AND minuut < %s", [key, minute]
            )
    return count


def client_key_and_limit(request) -> tuple[str, int]:
    client = getattr(request.auth, "werkspoor_client", None)
    if client is not None:
        return f"client:{client.pk}", client.verzoeken_per_minuut
    address = request.META.get("REMOTE_ADDR", "onbekend")
    return f"adres:{address}", settings.WERKSPOOR_API_PUBLIEK_PER_MINUUT


class PerClientRateThrottle(BaseThrottle):
    def allow_request(self, request, view):
        key, limit = client_key_and_limit(request)
        now = time.time()
        minute = int(now // 60)
        self.seconds_left = max(1, int(60 - now % 60) + 1)
        return count_request(key, minute) <= limit

    def wait(self):
        return self.seconds_left
