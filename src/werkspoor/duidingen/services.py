# SPDX-License-Identifier: EUPL-1.2
"""Writing and approving duiding, every step in the audit log; and what is published."""

from __future__ import annotations

import hashlib

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.periods import Quarter
from werkspoor.core.signals import duiding_published

from .models import ALGEMEEN, Duiding, DuidingVersie

MAX_TEKST = 5000


class DuidingError(ValueError):
    """A step that is not allowed; the message says why, in Dutch."""


def tiles() -> list[tuple[str, str]]:
    """(id, label) of every tile a duiding can belong to, the quarter as a whole first."""
    from werkspoor.reports.figures import tile_definitions

    return [(ALGEMEEN, "Het kwartaal in het algemeen (opening van de brief)")] + [
        (t["id"], t["label"]) for t in tile_definitions()
    ]


def tile_label(tegel: str) -> str:
    return dict(tiles()).get(tegel, tegel)


def _detail(versie: DuidingVersie) -> dict:
    digest = hashlib.sha256(versie.tekst.encode("utf-8")).hexdigest()
    return {
        "kwartaal": versie.duiding.kwartaal,
        "tegel": versie.duiding.tegel,
        "versie": versie.nummer,
        "tekst_sha256": digest,
    }


def write(user, kwartaal: Quarter, tegel: str, tekst: str) -> DuidingVersie:
    """A new version of the tile's duiding by `user` (not yet published)."""
    if tegel not in dict(tiles()):
        raise DuidingError(f"Onbekende tegel '{tegel}'.")
    tekst = tekst.replace("\r\n", "\n").strip()
    if not tekst:
        raise DuidingError("Schrijf een toelichting; een lege duiding wordt niet bewaard.")
    if len(tekst) > MAX_TEKST:
        raise DuidingError(f"De toelichting is te lang (meer dan {MAX_TEKST} tekens).")
    with transaction.atomic():
        duiding, _ = Duiding.objects.select_for_update().get_or_create(
            kwartaal=str(kwartaal), tegel=tegel
        )
        last = duiding.versies.aggregate(m=Max("nummer"))["m"] or 0
        versie = DuidingVersie.objects.create(
            duiding=duiding,
            nummer=last + 1,
            tekst=tekst,
            auteur=user,
            geschreven_op=timezone.now(),
        )
        audit.log(user, AuditActie.DUIDING_GESCHREVEN, object_id=versie.pk, detail=_detail(versie))
    return versie


def approve(user, versie: DuidingVersie) -> DuidingVersie:
    """Publish `versie`: by another beleid user than its author, and only the latest."""
    with transaction.atomic():
        versie = (
            DuidingVersie.objects.select_for_update().select_related("duiding").get(pk=versie.pk)
        )
        if versie.goedgekeurd:
            raise DuidingError("Deze versie is al goedgekeurd.")
        if versie.auteur_id == user.pk:
            raise DuidingError(
                "U kunt uw eigen duiding niet goedkeuren: een collega van beleid doet dat "
                "(vier ogen)."
            )
        latest = versie.duiding.versies.aggregate(m=Max("nummer"))["m"]
        if versie.nummer != latest:
            raise DuidingError(
                f"Er is een nieuwere versie ({latest}); keur die goed of schrijf een nieuwe."
            )
        versie.goedgekeurd_door = user
        versie.goedgekeurd_op = timezone.now()
        versie.save(update_fields=["goedgekeurd_door", "goedgekeurd_op"])
        audit.log(user, AuditActie.DUIDING_GOEDGEKEURD, object_id=versie.pk, detail=_detail(versie))
    duiding_published.send(sender=DuidingVersie, kwartaal=versie.duiding.kwartaal)
    return versie


def published(kwartaal) -> dict[str, DuidingVersie]:
    """The latest approved version of every tile's duiding in the quarter (one query)."""
    versions = (
        DuidingVersie.objects.filter(duiding__kwartaal=str(kwartaal), goedgekeurd_op__isnull=False)
        .select_related("duiding")
        .order_by("duiding__tegel", "-nummer")
    )
    result: dict[str, DuidingVersie] = {}
    for versie in versions:
        result.setdefault(versie.duiding.tegel, versie)
    return result


def latest(kwartaal) -> dict[str, DuidingVersie]:
    """The latest version (approved or not) of every tile's duiding in the quarter."""
    versions = (
        DuidingVersie.objects.filter(duiding__kwartaal=str(kwartaal))
        .select_related("duiding", "auteur", "goedgekeurd_door")
        .order_by("duiding__tegel", "-nummer")
    )
    result: dict[str, DuidingVersie] = {}
    for versie in versions:
        result.setdefault(versie.duiding.tegel, versie)
    return result


def history(kwartaal, tegel: str) -> list[DuidingVersie]:
    return list(
        DuidingVersie.objects.filter(duiding__kwartaal=str(kwartaal), duiding__tegel=tegel)
        .select_related("auteur", "goedgekeurd_door")
        .order_by("-nummer")
    )
