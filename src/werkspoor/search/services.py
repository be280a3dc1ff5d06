# SPDX-License-Identifier: EUPL-1.2
"""Searching residents within what the user's roles may see (web.access.visible_residents):
the query, the results with the way each file opens, one audit record per search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Q

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.registry import name_index
from werkspoor.registry.models import Inwoner, Toewijzing
from werkspoor.registry.services import running_on
from werkspoor.web import access

from .query import Zoekvraag, parse

MAX_RESULTS = 50


@dataclass(frozen=True)
class Resultaat:
    inwoner: Inwoner
    werkcoach: str  # the current werkcoach's name, "" if none
    eigen: bool  # in the user's own caseload
    inzage_nodig: bool  # a werkcoach outside the caseload: open only with a reason

    @property
    def url(self) -> str:
        suffix = "inzage/" if self.inzage_nodig else ""
        return f"/inwoners/{self.inwoner.pk}/{suffix}"


@dataclass(frozen=True)
class Zoekresultaat:
    vraag: Zoekvraag
    resultaten: list[Resultaat]
    meer: bool  # more than MAX_RESULTS matched: ask for a narrower search


def _matching(vraag: Zoekvraag):
    inwoners = Inwoner.objects.all()
    if vraag.soort == "bsn":
        return inwoners.filter(bsn=vraag.waarde)
    if vraag.soort == "geboortedatum":
        return inwoners.filter(geboortedatum=vraag.waarde)
    if vraag.soort == "code":
        return inwoners.filter(external_id__iexact=vraag.waarde)
    if vraag.soort == "nummer":
        return inwoners.filter(pk=vraag.waarde)
    if name_index.usable(vraag.waarde):
        return inwoners.filter(pk__in=name_index.matching_ids(vraag.waarde))
    for part in vraag.waarde:
        inwoners = inwoners.filter(Q(voornaam__icontains=part) | Q(achternaam__icontains=part))
    return inwoners


def search(user, text: str, day: date) -> Zoekresultaat:
    vraag = parse(text)
    if not vraag.soort:
        return Zoekresultaat(vraag, [], False)
    scope, everyone = access.visible_residents(user, day)
    if scope is None:
        return Zoekresultaat(vraag, [], False)
    # First the ids, from the name index alone (registry_inw_naam_idx: SQLite reads neither
    # the table nor more of the index than the first page of hits needs), then their rows.
    ids = list(
        _matching(vraag)
        .filter(scope)
        .distinct()
        .order_by("achternaam", "voornaam", "pk")
        .values_list("pk", flat=True)[: MAX_RESULTS + 1]
    )
    rows = Inwoner.objects.in_bulk(ids)
    found = [rows[pk] for pk in ids]
    meer, found = len(found) > MAX_RESULTS, found[:MAX_RESULTS]
    assigned = {
        inwoner_id: (coach_id, naam, team_id)
        for inwoner_id, coach_id, naam, team_id in Toewijzing.objects.filter(
            running_on(day), inwoner__in=found
        ).values_list("inwoner_id", "werkcoach_id", "werkcoach__naam", "werkcoach__team_id")
    }
    own = access.own_werkcoach(user)
    led = set(access.led_team_ids(user)) if everyone else set()
    results = []
    for inwoner in found:
        coach_id, naam, team_id = assigned.get(inwoner.pk, (None, "", None))
        eigen = own is not None and coach_id == own.pk
        opens = eigen or team_id in led
        results.append(Resultaat(inwoner, naam, eigen, everyone and not opens))
    audit.log(
        user,
        AuditActie.GEZOCHT,
        found[0].pk if len(found) == 1 else None,
        detail={"soort": vraag.soort, "resultaten": [inwoner.pk for inwoner in found]},
    )
    return Zoekresultaat(vraag, results, meer)
