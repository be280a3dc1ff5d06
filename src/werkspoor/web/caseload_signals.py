# SPDX-License-Identifier: EUPL-1.2
"""Signals on the caseload: a list of providers, each adding signals to the rows it concerns.

A provider receives all rows of one caseload at once, so it can fetch what it needs in one
query instead of one per resident. Providers that use another app's services live here
(the web app depends on, say, the income rules; never the reverse); an extension without
such a dependency may call `register_signal_provider(provider)` from its own ready().
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from werkspoor.core.gemeente import current_gemeente
from werkspoor.logbook.services import verwerking
from werkspoor.registry import limits
from werkspoor.rules.errors import RegelInvoerFout
from werkspoor.rules.services import vrijwilligersvergoeding_toetsing

if TYPE_CHECKING:
    from .caseload import CaseloadRow


@dataclass(frozen=True)
class Signaal:
    code: str
    label: str


logger = logging.getLogger(__name__)

SignalProvider = Callable[[list["CaseloadRow"], date], None]
SIGNAL_PROVIDERS: list[SignalProvider] = []


def register_signal_provider(provider: SignalProvider) -> SignalProvider:
    if provider not in SIGNAL_PROVIDERS:
        SIGNAL_PROVIDERS.append(provider)
    return provider


def apply_signals(rows: list[CaseloadRow], day: date) -> None:
    for provider in SIGNAL_PROVIDERS:
        provider(rows, day)


@register_signal_provider
def geen_contact(rows, day):
    limit = current_gemeente().contact_signaal_dagen
    for row in rows:
        if row.dagen_sinds_contact is None or row.dagen_sinds_contact > limit:
            row.signalen.append(Signaal("geen_contact", f"Geen contact > {limit} dagen"))


@register_signal_provider
def geen_inwonerplan(rows, day):
    for row in rows:
        if row.actieve_doelen == 0:
            row.signalen.append(Signaal("geen_inwonerplan", "Geen actief inwonerplan"))


@register_signal_provider
def werken_met_behoud_bijna_maximaal(rows, day):
    for row in rows:
        for traject in row.lopende_trajecten:
            if traject.instrument != "werken_met_behoud":
                continue
            uiterst = limits.werken_met_behoud_uiterste_einddatum(
                row.inwoner.geboortedatum, traject.startdatum
            )
            if day >= uiterst - limits.signal_window(day):
                row.signalen.append(
                    Signaal(
                        "werken_met_behoud_maximum",
                        f"Werken met behoud: uiterlijk tot {uiterst:%d-%m-%Y}",
                    )
                )


@register_signal_provider
def loonwaarde_herbeoordeling(rows, day):
    for row in rows:
        for traject in row.lopende_trajecten:
            if traject.instrument != "loonkostensubsidie":
                continue
            due = limits.loonwaarde_herbeoordeling_op(traject.startdatum)
            if day >= due - limits.signal_window(day):
                row.signalen.append(
                    Signaal(
                        "loonwaarde_herbeoordeling", f"Loonwaarde herbeoordelen per {due:%d-%m-%Y}"
                    )
                )


@register_signal_provider
def vrijwilligersvergoeding_maximum(rows, day):
    """Near, at or above the legal maximum this month: one query for the whole caseload.
    Logged for the residents whose registrations the rules evaluated (the others have none
    this year, so nothing of theirs was processed).

    Outside the dates the rules know (RegelInvoerFout) the caseload shows without this signal.
    """
    if not rows:
        return
    by_id = {row.inwoner.pk: row for row in rows}
    try:
        with verwerking("regels-toetsen", "Signaal vrijwilligersvergoeding") as lopend:
            toetsing = vrijwilligersvergoeding_toetsing(list(by_id), day)
            # with their BSN: no query to pseudonymise
            lopend.add(*(by_id[inwoner_id].inwoner for inwoner_id in toetsing.getoetst))
    except RegelInvoerFout as error:
        logger.warning("Signaal vrijwilligersvergoeding overgeslagen: %s", error)
        return
    for inwoner_id, signaal in toetsing.signalen.items():
        by_id[inwoner_id].signalen.append(
            Signaal(f"vrijwilligersvergoeding_{signaal.niveau}", signaal.tekst)
        )
