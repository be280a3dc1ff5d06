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
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from werkspoor.core.models import AuditActie, AuditRecord
from werkspoor.registry.models import Inwoner, Toewijzing, Uitkering, Werkcoach
from werkspoor.registry.services import running_on, runs_on
from werkspoor.substitutions.services import substitutes

from . import roles
from .auth_backends import group_and_permission_names, uses_own_permissions


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
        if uses_own_permissions(user) and not hasattr(user, "_perm_cache"):
            # the permissions along with the groups: has_perm follows on every page
            cached, user._perm_cache = group_and_permission_names(user)
        else:
            cached = frozenset(user.groups.values_list("name", flat=True))
        user._werkspoor_roles = cached
    return cached


def own_werkcoach(user) -> Werkcoach | None:
    try:
        return user.werkcoach
    except Werkcoach.DoesNotExist:
        return None


def led_team_ids(user) -> list[int]:
    cached = getattr(user, "_werkspoor_teams", None)
    if cached is None:
        cached = list(user.teamleidingen.values_list("team_id", flat=True))
        user._werkspoor_teams = cached
    return cached


def werkgebied_wijken(team_ids: list[int]) -> list[str]:
    from .models import Werkgebied

    return list(
        Werkgebied.objects.filter(team_id__in=team_ids).values_list("wijk", flat=True).distinct()
    )


def unassigned_residents(wijken: list[str], day: date):
    """Residents in these wijken with a running benefit and no werkcoach on `day`."""
    benefit = Uitkering.objects.filter(running_on(day), inwoner=OuterRef("pk"))
    coach = Toewijzing.objects.filter(running_on(day), inwoner=OuterRef("pk"))
    return Inwoner.objects.filter(Exists(benefit), ~Exists(coach), wijk__in=wijken)


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


def dossier_access(
    user, inwoner: Inwoner | int, day: date, assignments: list[Toewijzing] | None = None
) -> Toegang:
    """The highest access any of the user's roles gives to this resident's file (a resident
    or an id; an id nobody has gets what a resident without coach or employer would).
    `assignments`: all of the resident's, with their werkcoach, if the caller has them."""
    inwoner_id = getattr(inwoner, "pk", inwoner)
    granted = Toegang.GEEN
    user_role_names = user_roles(user)
    if not user_role_names:
        return granted
    assignment = None
    if roles.WERKCOACH in user_role_names or roles.TEAMLEIDER in user_role_names:
        if assignments is None:
            assignment = current_coach_assignment(inwoner_id, day)
        else:  # as current_coach_assignment: the first by pk of those running on `day`
            running = [a for a in assignments if runs_on(a, day)]
            assignment = min(running, key=lambda a: a.pk) if running else None
    if roles.WERKCOACH in user_role_names:
        coach = own_werkcoach(user)
        if coach is not None and assignment is not None:
            if assignment.werkcoach_id == coach.pk:
                return Toegang.SCHRIJVEN
            if substitutes(coach, assignment.werkcoach_id, day):
                return Toegang.SCHRIJVEN
        granted = Toegang.INZAGE if has_recent_inzage(user, inwoner_id) else Toegang.REDEN_NODIG
    if roles.TEAMLEIDER in user_role_names:
        if assignment is not None and assignment.werkcoach.team_id in led_team_ids(user):
            return Toegang.SCHRIJVEN
        if assignment is None and _awaits_coach_in_werkgebied(user, inwoner_id, day):
            return Toegang.SCHRIJVEN
    if roles.BEDRIJFSADVISEUR in user_role_names and granted < Toegang.LEZEN:
        met_werkgever = Inwoner.objects.filter(
            Q(ontmoetingen__isnull=False) | Q(plaatsingen__isnull=False), pk=inwoner_id
        ).exists()
        if met_werkgever:
            granted = Toegang.LEZEN
    return granted


def _awaits_coach_in_werkgebied(user, inwoner_id: int, day: date) -> bool:
    wijken = werkgebied_wijken(led_team_ids(user))
    return unassigned_residents(wijken, day).filter(pk=inwoner_id).exists()


def visible_residents(user, day: date) -> tuple[Q | None, bool]:
    """Which residents a search may show this user, as (filter, everyone): `everyone` is
    True for a werkcoach, who finds anyone but opens others' files only with a reason.
    (None, False) means the user's roles may not search residents at all."""
    user_role_names = user_roles(user)
    if roles.WERKCOACH in user_role_names and own_werkcoach(user) is not None:
        return Q(), True
    parts = []
    if roles.TEAMLEIDER in user_role_names:
        team_ids = led_team_ids(user)
        in_team = Toewijzing.objects.filter(running_on(day), werkcoach__team_id__in=team_ids)
        parts.append(Q(pk__in=in_team.values("inwoner_id")))
        parts.append(Q(pk__in=unassigned_residents(werkgebied_wijken(team_ids), day).values("pk")))
    if roles.BEDRIJFSADVISEUR in user_role_names:
        parts.append(Q(ontmoetingen__isnull=False) | Q(plaatsingen__isnull=False))
    if not parts:
        return None, False
    combined = Q()
    for part in parts:
        combined |= part
    return combined, False


def may_search(user) -> bool:
    names = user_roles(user)
    return bool(
        (roles.WERKCOACH in names and own_werkcoach(user) is not None)
        or roles.TEAMLEIDER in names
        or roles.BEDRIJFSADVISEUR in names
    )


def may_use_caseload(user) -> bool:
    return roles.WERKCOACH in user_roles(user) and own_werkcoach(user) is not None


def may_view_team(user) -> bool:
    return user.has_perm("web.view_teamoverzicht") and roles.TEAMLEIDER in user_roles(user)


def may_view_audit(user) -> bool:
    return user.has_perm("core.view_auditrecord")
