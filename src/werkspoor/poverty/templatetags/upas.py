# SPDX-License-Identifier: EUPL-1.2
"""`{% upas_sectie %}`: the resident's U-passes per pass year, for the roles that may read
them (werkcoach and teamleider in the dossier, the schuldhulpverlener in the debt file)."""

from django import template

from werkspoor.poverty.models import UPas, pasjaar_op

register = template.Library()


@register.inclusion_tag("poverty/_sectie.html", takes_context=True)
def upas_sectie(context):
    request, inwoner, day = context["request"], context["inwoner"], context["day"]
    if not request.user.has_perm("poverty.view_upas"):
        return {"zichtbaar": False}
    passes = UPas.objects.filter(inwoner=inwoner, pasjaar__lte=pasjaar_op(day)).order_by("-pasjaar")
    return {"zichtbaar": True, "passen": list(passes), "lopend_pasjaar": pasjaar_op(day)}
