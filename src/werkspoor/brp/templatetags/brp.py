# SPDX-License-Identifier: EUPL-1.2
"""{% brp_verschillen inwoner %}: in the dossier, a notice of open differences with the BRP."""

from django import template

from ..models import Status

register = template.Library()


@register.inclusion_tag("brp/_verschillen.html")
def brp_verschillen(inwoner):
    open_rows = list(inwoner.brp_gegevens.filter(status=Status.VERSCHIL))
    return {"inwoner": inwoner, "verschillen": open_rows}
