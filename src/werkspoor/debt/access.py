# SPDX-License-Identifier: EUPL-1.2
"""Who may use the debt-help workspace and open a resident's debt file: the schuldhulpverlener,
for residents with a trajectory or an early-warning signal. Werkcoach and teamleider read the
section inside the dossier they may open (see templatetags); beleid sees figures only."""

from __future__ import annotations

from werkspoor.registry.models import Inwoner

from .models import Schuldhulptraject, Vroegsignaal


def may_use_werklijst(user) -> bool:
    return user.is_authenticated and user.has_perm("debt.use_werklijst")


def may_see_section(user) -> bool:
    return user.is_authenticated and user.has_perm("debt.view_schuldhulptraject")


def has_debt_file(inwoner: Inwoner) -> bool:
    return (
        Schuldhulptraject.objects.filter(inwoner=inwoner).exists()
        or Vroegsignaal.objects.filter(inwoner=inwoner).exists()
    )


def may_open(user, inwoner: Inwoner) -> bool:
    return may_use_werklijst(user) and has_debt_file(inwoner)
