# SPDX-License-Identifier: EUPL-1.2
"""`{% main_menu %}`: the main menu of the base template (see werkspoor.web.navigation)."""

from django import template

from werkspoor.web.navigation import main_menu as menu_for

register = template.Library()


@register.inclusion_tag("web/_main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    if request is None:  # rendered outside a request: the public entries only
        from django.contrib.auth.models import AnonymousUser

        return {"items": menu_for(AnonymousUser(), "")}
    return {"items": menu_for(request.user, request.path)}
