# SPDX-License-Identifier: EUPL-1.2
"""Template filters for Dutch figures in the Dashboard and Monitor."""

from django import template

from werkspoor.reports import formatting

register = template.Library()


@register.filter
def getal(value, decimals=0):
    return formatting.number(value, int(decimals))


@register.filter
def verandering(value, decimals=1):
    """A change in percent with its sign, as on the tiles: +3,2% · −4,6%."""
    return formatting.signed(value, int(decimals), "%")


@register.filter
def waarde(value, unit):
    return formatting.value_for(unit, value)


@register.filter
def waarde_van(value, indicator):
    """A value formatted by its indicator's unit."""
    return formatting.value_for(indicator.eenheid, value)


@register.filter
def svg(svgs, chart_id):
    return svgs.get(chart_id, "")


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None
