# SPDX-License-Identifier: EUPL-1.2
"""Onthullingscontrole: no published cell rests on fewer residents than the threshold, and no
suppressed cell can be recovered from a published total (complementary suppression).

Only counts of residents are protected: a cell's `personen` is the number of residents it
rests on (for a share the smaller of numerator and denominator, or the denominator when the
numerator is 0; for a mean the respondents; for a median or a sum of euros the residents it
rests on). A cell that counts no residents (werkcoaches, werkgevers) has `personen` None and
is always published; a sum of euros over enough residents is not a count of persons and is
published as it is.

Primary: a cell resting on 1 up to (not including) the threshold residents is suppressed.
A cell of 0 residents is published: "nobody" identifies nobody, and a structural zero
(arrangement "geen" in a count of arrangements) is no secret.
Complementary: for every additive group (a total and the cells that add up to it, of counts
and of sums) with exactly one suppressed member, the smallest other non-zero cell is
suppressed too (a zero is known anyway, hiding it protects nothing), else the total, until
no group has exactly one suppressed member.
"""

from __future__ import annotations

import heapq
from collections import defaultdict

from .catalogue import Catalogue
from .cells import RECORD, UNIT, Cel


def _additive_breakdowns(catalogue: Catalogue) -> set[str]:
    return {
        name
        for name, spec in catalogue.uitsplitsingen.items()
        if isinstance(spec, dict) and spec.get("optelbaar")
    }


def _remove(sleutel: str, names: set[str]) -> str:
    if not sleutel:
        return ""
    return RECORD.join(p for p in sleutel.split(RECORD) if p.split(UNIT, 1)[0] not in names)


def _adds_up(indicator) -> bool:
    """Whose cells add up to their totals: counts of facts (not of distinct values) and sums."""
    return (
        indicator.berekening in ("aantal", "som") and not indicator.unieke and indicator.beschermd
    )


def additive_groups(cells: list[Cel], catalogue: Catalogue) -> list[tuple[tuple, list[tuple]]]:
    """(parent cell id, [child cell ids]) for every total that is the sum of its parts."""
    additive = _additive_breakdowns(catalogue)
    groups: dict[tuple, list[tuple]] = defaultdict(list)
    parents: dict[tuple, tuple] = {}
    for cell in cells:
        indicator = catalogue.get(cell.indicator)
        names = set(cell.uitsplitsing)
        if not _adds_up(indicator) or "statistiek" in names:
            continue
        varying = [({b}, indicator.id) for b in names & additive]
        dims = set(indicator.dimensies)
        dim_groups = [{d} for d in dims] if indicator.losse_dimensies else [dims]
        for dim_group in dim_groups:
            if dim_group and dim_group <= names and (indicator.totaal or indicator.som_is):
                varying.append((dim_group, indicator.som_is or indicator.id))
        for group_names, parent_indicator in varying:
            parent_key = _remove(cell.sleutel, group_names)
            group = (cell.indicator, cell.periode, parent_key, tuple(sorted(group_names)))
            parents[group] = (parent_indicator, cell.periode, parent_key)
            groups[group].append((cell.indicator, cell.periode, cell.sleutel))
    return [(parents[g], children) for g, children in groups.items()]


def is_small(cell: Cel, drempel: int) -> bool:
    """Rests on at least one and fewer than `drempel` residents."""
    return cell.personen is not None and 0 < cell.personen < drempel


def apply_disclosure(cells: list[Cel], catalogue: Catalogue, drempel: int) -> list[Cel]:
    """The cells with every cell under the threshold (and its complement) suppressed.

    Groups are (re)checked from a worklist, lowest group first: only the groups of a cell
    just suppressed can change, so a cascade costs what it touches, not a pass over all."""
    if drempel <= 0:
        return list(cells)
    by_id = {(c.indicator, c.periode, c.sleutel): c for c in cells}
    suppressed = {cell_id for cell_id, cell in by_id.items() if is_small(cell, drempel)}
    groups = [(p, ch) for p, ch in additive_groups(cells, catalogue) if p in by_id]
    groups_of: dict[tuple, list[int]] = defaultdict(list)
    for index, (parent, children) in enumerate(groups):
        for member in (parent, *children):
            groups_of[member].append(index)
    pending = sorted({index for cell_id in suppressed for index in groups_of.get(cell_id, ())})
    heapq.heapify(pending)
    queued = set(pending)
    while pending:
        index = heapq.heappop(pending)
        queued.discard(index)
        parent, children = groups[index]
        members = [parent, *children]
        if sum(1 for m in members if m in suppressed) != 1:
            continue
        candidates = [
            c for c in children if c not in suppressed and (by_id[c].waarde or 0) != 0
        ] or [parent]
        chosen = min(candidates, key=lambda m: (by_id[m].waarde or 0, m))
        if chosen in suppressed:
            continue
        suppressed.add(chosen)
        for other in groups_of[chosen]:
            if other not in queued:
                queued.add(other)
                heapq.heappush(pending, other)
    return [
        c.suppressed() if (c.indicator, c.periode, c.sleutel) in suppressed else c for c in cells
    ]
