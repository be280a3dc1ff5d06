# SPDX-License-Identifier: EUPL-1.2
"""`{{ value|datum }}`: what `|date:"d-m-Y"` gives (or `|datum:"Y-m-d"` for `|date:"Y-m-d"`),
written out directly for a plain date. A resident file shows a few dozen dates, and the date
filter's general formatter (locale lookup, format parser) was a noticeable part of rendering
it. Anything else (a moment, None, another format) goes to the date filter itself."""

from datetime import date

from django import template
from django.template.defaultfilters import date as date_filter

register = template.Library()

_WRITTEN_OUT = {
    "d-m-Y": "{0.day:02d}-{0.month:02d}-{0.year:04d}",
    "Y-m-d": "{0.year:04d}-{0.month:02d}-{0.day:02d}",
}


@register.filter(expects_localtime=True, is_safe=False)
def datum(value, arg="d-m-Y"):
    if type(value) is date and arg in _WRITTEN_OUT:
        return _WRITTEN_OUT[arg].format(value)
    return date_filter(value, arg)
