# SPDX-License-Identifier: EUPL-1.2
"""Who may open which resident file: the object-level rules behind every dossier view.

Screen-level rights are permissions on the role groups (roles.py); whether *this* user may
open *this* resident depends on caseload, team, meetings, a *vervanging* set by the
teamleider (write) and "inzage met reden" (read only). Access is decided on the id alone,
so an id that does not exist is answered exactly like a resident one may not see.
"""

from __future__ import annotations

import enum
from datetime import date, timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.registry.models import Inwoner, Toewijzing, Werkcoach
from werkspoor.registry.services import running_on
from werkspoor.substitutions.services import substitutes

from . import roles


class Toegang(enum.IntEnum):
    GEEN = 0
    REDEN_NODIG = 1  # a werkcoach outside their caseload: record a reason first
    LEZEN = 2  # the file without BSN (bedrijfsadviseur)
    INZAGE = 3  # the whole file, read only: a werkcoach after inzage met reden
    SCHRIJVEN = 4  # own caseload, the teamleider's team, or a vervanging


def user_roles(user) -> frozenset[str]:
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_werkspoor_roles", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._werkspoor_roles = cached
    return cached


def own_werkcoach(user) -> Werkcoach | None:
    try:
        return user.werkcoach
    except Werkcoach.DoesNotExist:
        return None


def led_team_ids(user) -> list[int]:
    return list(user.teamleidingen.values_list("team_id", flat=True))


def current_coach_assignment(inwoner_id: int, day: date) -> Toewijzing | None:
    return (
        Toewijzing.objects.filter(running_on(day), inwoner_id=inwoner_id)
        .select_related("werkcoach")
        .first()
    )


def inzage_window() -> timedelta:
    return timedelta(seconds=settings.SESSION_COOKIE_AGE)


def has_recent_inzage(user, inwoner_id: int) -> bool:
    return AuditRecord.objects.filter(
        user=user,
        inwoner_id=inwoner_id,
        actie=AuditActie.INZAGE_MET_REDEN,
        tijdstip__gte=timezone.now() - inzage_window(),
    ).exists()


def dossier_access(user, inwoner: Inwoner | int, day: date) -> Toegang:
    """The highest access any of the user's roles gives to this resident's file (a resident
    or an id; an id nobody has gets what a resident without coach or employer would)."""
    inwoner_id = getattr(inwoner, "pk", inwoner)
    granted = Toegang.GEEN
    user_role_names = user_roles(user)
    if not user_role_names:
        return granted
    assignment = None
    if roles.WERKCOACH in user_role_names or roles.TEAMLEIDER in user_role_names:
        assignment = current_coach_assignment(inwoner_id, day)
    if roles.WERKCOACH in user_role_names:
        coach = own_werkcoach(user)
        if coach is not None and assignment is not None:
            if assignment.werkcoach_id == coach.pk:
                return Toegang.SCHRIJVEN
            if substitutes(coach, assignment.werkcoach_id, day):
                return Toegang.SCHRIJVEN
        granted = Toegang.INZAGE if has_recent_inzage(user, inwoner_id) else Toegang.REDEN_NODIG
    if roles.TEAMLEIDER in user_role_names and assignment is not None:
        if assignment.werkcoach.team_id in led_team_ids(user):
            return Toegang.SCHRIJVEN
    if roles.BEDRIJFSADVISEUR in user_role_names and granted < Toegang.LEZEN:
        met_werkgever = Inwoner.objects.filter(
            Q(ontmoetingen__isnull=False) | Q(plaatsingen__isnull=False), pk=inwoner_id
        ).exists()
        if met_werkgever:
            granted = Toegang.LEZEN
    return granted


def may_use_caseload(user) -> bool:
    return roles.WERKCOACH in user_roles(user) and own_werkcoach(user) is not None


def may_view_team(user) -> bool:
    return user.has_perm("web.view_teamoverzicht") and roles.TEAMLEIDER in user_roles(user)


def may_view_audit(user) -> bool:
    return user.has_perm("core.view_auditrecord")
