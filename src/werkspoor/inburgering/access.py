# SPDX-License-Identifier: EUPL-1.2
"""Who may use the inburgering workspace and open a resident's inburgering file: the
inburgeringsconsulent, for residents with an inburgering. Werkcoach and teamleider read the
section inside the dossier they may open; beleid sees figures only."""

from __future__ import annotations

from werkspoor.registry.models import Inwoner

from .models import Inburgering


def may_use_werklijst(user) -> bool:
    return user.is_authenticated and user.has_perm("inburgering.use_werklijst")


def may_see_section(user) -> bool:
    return user.is_authenticated and user.has_perm("inburgering.view_inburgering")


def may_open(user, inwoner: Inwoner) -> bool:
    return may_use_werklijst(user) and Inburgering.objects.filter(inwoner=inwoner).exists()
