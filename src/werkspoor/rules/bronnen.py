# SPDX-License-Identifier: EUPL-1.2
"""Where a parameter value comes from: its source and whether it is confirmed, at a date."""

from __future__ import annotations

from datetime import date


def value_in_force(parameter, datum: date):
    """The ParameterAtInstant of `parameter` in force on `datum` (values_list is newest first)."""
    for value in parameter.values_list:
        if date.fromisoformat(str(value.instant_str)) <= datum:
            return value
    return None


def bron_op(parameter, datum: date) -> str:
    """The source of the value in force, marked when the figure is not confirmed."""
    value = value_in_force(parameter, datum)
    metadata = (value.metadata if value is not None else None) or {}
    bron = metadata.get("bron") or parameter.metadata.get("wetsartikel", "")
    if metadata.get("onbevestigd"):
        bron += f" [ONBEVESTIGD: {metadata.get('toelichting', 'bedrag niet bevestigd')}]"
    return bron


def is_onbevestigd(parameter, datum: date) -> bool:
    value = value_in_force(parameter, datum)
    return bool(value is not None and (value.metadata or {}).get("onbevestigd"))
