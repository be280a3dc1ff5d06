# SPDX-License-Identifier: EUPL-1.2
"""`{% dossier_aanvragen inwoner %}`: the resident's applications as a section of the dossier."""

from django import template

register = template.Library()


@register.inclusion_tag("applications/_dossier_aanvragen.html")
def dossier_aanvragen(inwoner):
    aanvragen = list(inwoner.aanvragen.order_by("-aanvraagdatum", "-pk")[:50])
    for aanvraag in aanvragen:
        aanvraag.doorlooptijd = (
            (aanvraag.besluitdatum - aanvraag.aanvraagdatum).days if aanvraag.besluitdatum else None
        )
    return {"aanvragen": aanvragen}
