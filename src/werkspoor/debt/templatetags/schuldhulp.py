# SPDX-License-Identifier: EUPL-1.2
"""`{% schuldhulp_sectie %}`: the debt-help section of a resident's file, for the roles that
may read it (werkcoach and teamleider in the dossier; the schuldhulpverlener with actions)."""

from django import template

from werkspoor.debt import access, services
from werkspoor.debt.models import Schuldhulptraject, Vroegsignaal

register = template.Library()


@register.inclusion_tag("debt/_sectie.html", takes_context=True)
def schuldhulp_sectie(context):
    request, inwoner, day = context["request"], context["inwoner"], context["day"]
    if not access.may_see_section(request.user):
        return {"zichtbaar": False}
    mag_schrijven = context.get("werkplek") == "schuldhulp" and access.may_use_werklijst(
        request.user
    )
    trajecten = [
        (t, services.eerste_gesprek_deadline(t, day))
        for t in Schuldhulptraject.objects.filter(inwoner=inwoner).order_by("-aanmelddatum", "-pk")
    ]
    signalen = []
    if request.user.has_perm("debt.view_vroegsignaal"):
        signalen = list(Vroegsignaal.objects.filter(inwoner=inwoner).order_by("-datum", "-pk"))
    return {
        "zichtbaar": True,
        "trajecten": trajecten,
        "signalen": signalen,
        "toon_signalen": request.user.has_perm("debt.view_vroegsignaal"),
        "mag_schrijven": mag_schrijven,
        "day": day,
    }
