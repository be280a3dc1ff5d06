# SPDX-License-Identifier: EUPL-1.2
"""The data subject in a log line, pseudonymised: an HMAC-SHA256 of the BSN (or, for a
resident without one, of Werkspoor's own number) under a key that is not in the database.
The same person gives the same pseudonym, so an access request finds every line; without
the key the pseudonym tells nothing. Change the key and older lines can no longer be found:
keep WERKSPOOR_LOGBOEK_SLEUTEL with the backups of the key material."""

from __future__ import annotations

import hashlib
import hmac
from functools import lru_cache

from django.conf import settings

BSN, WERKSPOOR = "bsn", "werkspoor"


def secret() -> bytes:
    return _secret(getattr(settings, "WERKSPOOR_LOGBOEK_SLEUTEL", ""), settings.SECRET_KEY)


@lru_cache(maxsize=4)  # once per key, not once per log line
def _secret(configured: str, secret_key: str) -> bytes:
    if configured:
        return configured.encode("utf-8")
    # Derived from the secret key, so that a demo needs no extra setting.
    return hmac.new(secret_key.encode(), b"logboek-pseudoniem", hashlib.sha256).digest()


def pseudonym(kind: str, value: str, key: bytes | None = None) -> str:
    """Pass `key` (from `secret()`) when pseudonymising many at once."""
    return _pseudonym(kind, value, key or secret())


@lru_cache(maxsize=16_384)  # a caseload's residents come back on every page view
def _pseudonym(kind: str, value: str, key: bytes) -> str:
    return hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()


def subject(inwoner_id: int, bsn: str | None, key: bytes | None = None) -> tuple[str, str]:
    """(pseudonym, kind) for a resident: by BSN when known, else by Werkspoor's number."""
    if bsn:
        return pseudonym(BSN, bsn, key), BSN
    return pseudonym(WERKSPOOR, str(inwoner_id), key), WERKSPOOR
