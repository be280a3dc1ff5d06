# SPDX-License-Identifier: EUPL-1.2
"""The teamleider's figures: caseload size and signal counts per werkcoach against the
guideline, residents waiting for a werkcoach, and reassigning several residents at once.

Kept apart from the views so that a later addition (a *vervanging*, a substitute coach set
by the teamleider) can extend a `CoachRij` without touching the page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Exists, OuterRef

from werkspoor.core.gemeente import current_gemeente
from werkspoor.registry.models import Inwoner, Toewijzing, Uitkering, Werkcoach
from werkspoor.registry.services import running_on

from . import access, services
from .caseload import CaseloadRow, annotated, rows_for, signal_choices


def band(size: int) -> str:
    gemeente = current_gemeente()
    if size > gemeente.caseload_max:
        return "boven"
    if size < gemeente.caseload_min:
        return "onder"
    return "binnen"


BAND_LABELS = {
    "boven": "boven de richtlijn",
    "binnen": "binnen de richtlijn",
    "onder": "onder de richtlijn",
}


@dataclass
class CoachRij:
    coach: Werkcoach
    inwoners: int
    signalen: Counter = field(default_factory=Counter)
    telling: list[tuple[str, str, int]] = field(default_factory=list)  # per signal kind

    @property
    def band(self) -> str:
        return band(self.inwoners)

    @property
    def band_label(self) -> str:
        return BAND_LABELS[self.band]


@dataclass
class TeamOverzicht:
    rijen: list[CoachRij]
    signaalsoorten: list[tuple[str, str]]  # (code, label) present in the team
    caseloads: dict[int, list[CaseloadRow]]  # per werkcoach id

    def label(self, code: str) -> str:
        return dict(self.signaalsoorten).get(code, code)


def _running_assignments(team_ids: list[int], day: date):
    with_benefit = Uitkering.objects.filter(running_on(day), inwoner=OuterRef("inwoner"))
    return Toewijzing.objects.filter(
        running_on(day), Exists(with_benefit), werkcoach__team_id__in=team_ids
    )


def caseload_sizes(team_ids: list[int], day: date) -> dict[int, int]:
    return dict(
        _running_assignments(team_ids, day).values_list("werkcoach").annotate(n=Count("pk"))
    )


def team_coaches(team_ids: list[int]):
    return (
        Werkcoach.objects.filter(team_id__in=team_ids)
        .select_related("team")
        .order_by("team__naam", "naam")
    )


def team_overview(team_ids: list[int], day: date) -> TeamOverzicht:
    """Every coach of the teams with caseload size and signal counts, from one caseload
    computation for the whole team."""
    coach_of = dict(_running_assignments(team_ids, day).values_list("inwoner_id", "werkcoach_id"))
    rows = rows_for(annotated(Inwoner.objects.filter(pk__in=list(coach_of)), day), day)
    per_coach: dict[int, list[CaseloadRow]] = {}
    for row in rows:
        per_coach.setdefault(coach_of[row.inwoner.pk], []).append(row)
    rijen = []
    for coach in team_coaches(team_ids):
        own = per_coach.get(coach.pk, [])
        counts = Counter(signal.code for row in own for signal in row.signalen)
        rijen.append(CoachRij(coach, len(own), counts))
    kinds = signal_choices(rows)
    for rij in rijen:
        rij.telling = [(code, label, rij.signalen.get(code, 0)) for code, label in kinds]
    return TeamOverzicht(rijen, kinds, per_coach)


def waiting_for_coach(team_ids: list[int], day: date) -> list[CaseloadRow]:
    """Residents in the teams' werkgebied with a running benefit and no werkcoach yet."""
    wijken = access.werkgebied_wijken(team_ids)
    if not wijken:
        return []
    rows = rows_for(annotated(access.unassigned_residents(wijken, day), day), day)
    return sorted(rows, key=lambda r: (r.inwoner.achternaam, r.inwoner.voornaam))


def coach_choices(team_ids: list[int], day: date, exclude: int | None = None):
    """(id, label) per werkcoach with the caseload size and the guideline band; never the
    coach the residents are leaving."""
    sizes = caseload_sizes(team_ids, day)
    gemeente = current_gemeente()
    choices = []
    for coach in team_coaches(team_ids):
        if coach.pk == exclude:
            continue
        size = sizes.get(coach.pk, 0)
        label = (
            f"{coach.naam} — {size} inwoners ({BAND_LABELS[band(size)]} "
            f"{gemeente.caseload_min}–{gemeente.caseload_max})"
        )
        choices.append((coach.pk, label))
    return choices


def guideline_warning(werkcoach: Werkcoach, adding: int, day: date) -> str:
    """A warning when the coach would pass the guideline's maximum ('' if not)."""
    size = caseload_sizes([werkcoach.team_id], day).get(werkcoach.pk, 0)
    maximum = current_gemeente().caseload_max
    if size + adding <= maximum:
        return ""
    return (
        f"{werkcoach.naam} heeft nu {size} inwoners; met {adding} erbij worden dat er "
        f"{size + adding}, boven de richtlijn van {maximum}. Vink 'Toch toewijzen' aan als "
        "dat de bedoeling is."
    )


@transaction.atomic
def reassign_all(user, inwoners: list[Inwoner], werkcoach: Werkcoach, ingangsdatum: date):
    """Reassign every resident or none: the first refusal names the resident."""
    done = []
    for inwoner in inwoners:
        try:
            done.append(services.reassign(user, inwoner, werkcoach, ingangsdatum))
        except ValidationError as error:
            messages = "; ".join(error.messages)
            raise ValidationError(f"{inwoner.naam}: {messages} Er is niemand verplaatst.") from None
    return done
