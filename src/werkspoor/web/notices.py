# SPDX-License-Identifier: EUPL-1.2
"""Short notices at the top of the werkcoach's caseload (proposals waiting, ...), each with a
link to where the work is. Other apps register a provider: (user, werkcoach) -> [Notice]."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    tekst: str
    url: str
    link: str


NoticeProvider = Callable[[object, object], list[Notice]]
NOTICE_PROVIDERS: list[NoticeProvider] = []


def register_notice_provider(provider: NoticeProvider) -> NoticeProvider:
    if provider not in NOTICE_PROVIDERS:
        NOTICE_PROVIDERS.append(provider)
    return provider


def notices_for(user, werkcoach) -> list[Notice]:
    return [notice for provider in NOTICE_PROVIDERS for notice in provider(user, werkcoach)]
