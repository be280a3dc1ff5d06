# SPDX-License-Identifier: EUPL-1.2
"""`{% inburgering_sectie %}`: the inburgering section of a resident's file, for the roles
that may read it (werkcoach and teamleider in the dossier; the inburgeringsconsulent with
actions in the inburgering file)."""

from django import template

from werkspoor.inburgering import access, services
from werkspoor.inburgering.models import Inburgering

register = template.Library()


@register.inclusion_tag("inburgering/_sectie.html", takes_context=True)
def inburgering_sectie(context):
    request, inwoner, day = context["request"], context["inwoner"], context["day"]
    if not access.may_see_section(request.user):
        return {"zichtbaar": False}
    records = Inburgering.objects.filter(inwoner=inwoner).order_by("-startdatum", "-pk")
    return {
        "zichtbaar": True,
        "inburgeringen": [(i, *services.deadlines(i, day)) for i in records],
        "mag_schrijven": context.get("werkplek") == "inburgering"
        and access.may_use_werklijst(request.user),
        "day": day,
    }
