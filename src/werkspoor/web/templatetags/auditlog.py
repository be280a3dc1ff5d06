# SPDX-License-Identifier: EUPL-1.2
"""`{{ record|wijziging }}`: what a correction or withdrawal changed, in one line."""

from django import template

register = template.Library()


def _value(value) -> str:
    return "leeg" if value in ("", None) else str(value)


@register.filter
def wijziging(record) -> str:
    detail = record.detail or {}
    old, new = detail.get("oud"), detail.get("nieuw")
    if not isinstance(old, dict):
        return ""
    if isinstance(new, dict):
        return "; ".join(
            f"{name}: {_value(old.get(name))} → {_value(new.get(name))}" for name in sorted(new)
        )
    return "ingetrokken: " + "; ".join(f"{name}: {_value(v)}" for name, v in sorted(old.items()))
