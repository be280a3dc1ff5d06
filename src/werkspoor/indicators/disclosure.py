# SPDX-License-Identifier: EUPL-1.2
"""Onthullingscontrole: no published cell rests on fewer persons than the threshold, and no
suppressed cell can be recovered from a published total (complementary suppression).

Primary: a cell whose `personen` (the persons counted, or for a share the smaller of
numerator and denominator, for a mean the respondents, for a median or a sum of euros the
persons it rests on) is below the threshold is suppressed. A sum of euros over enough persons
is not a count of persons and is published as it is.
Complementary: for every additive group (a total and the cells that add up to it, of counts
and of sums) with
exactly one suppressed member, the smallest other cell is suppressed too, until no group
has exactly one.
"""

from __future__ import annotations

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


def additive_groups(cells: list[Cel], catalogue: Catalogue) -> list[tuple[tuple, list[tuple]]]:
    """(parent cell id, [child cell ids]) for every total that is the sum of its parts."""
    additive = _additive_breakdowns(catalogue)
    groups: dict[tuple, list[tuple]] = defaultdict(list)
    parents: dict[tuple, tuple] = {}
    for cell in cells:
        indicator = catalogue.get(cell.indicator)
        names = set(cell.uitsplitsing)
        if indicator.berekening not in ("aantal", "som") or "statistiek" in names:
            continue
        varying = [({b}, indicator.id) for b in names & additive]
        dims = set(indicator.dimensies)
        crossings = [{d} for d in dims] if indicator.dimensies_apart else [dims]
        for crossing in crossings:
            if dims and crossing <= names and (indicator.totaal or indicator.som_is):
                varying.append((crossing, indicator.som_is or indicator.id))
        for group_names, parent_indicator in varying:
            parent_key = _remove(cell.sleutel, group_names)
            group = (cell.indicator, cell.periode, parent_key, tuple(sorted(group_names)))
            parents[group] = (parent_indicator, cell.periode, parent_key)
            groups[group].append((cell.indicator, cell.periode, cell.sleutel))
    return [(parents[g], children) for g, children in groups.items()]


def apply_disclosure(cells: list[Cel], catalogue: Catalogue, drempel: int) -> list[Cel]:
    """The cells with every cell under the threshold (and its complement) suppressed."""
    if drempel <= 0:
        return list(cells)
    by_id = {(c.indicator, c.periode, c.sleutel): c for c in cells}
    suppressed = {
        cell_id
        for cell_id, cell in by_id.items()
        if cell.personen is not None and cell.personen < drempel
    }
    groups = [(p, ch) for p, ch in additive_groups(cells, catalogue) if p in by_id]
    changed = True
    while changed:
        changed = False
        for parent, children in groups:
            members = [parent, *children]
            if sum(1 for m in members if m in suppressed) != 1:
                continue
            candidates = [c for c in children if c not in suppressed] or [parent]
            suppressed.add(min(candidates, key=lambda m: (by_id[m].waarde or 0, m)))
            changed = True
    return [
        c.suppressed() if (c.indicator, c.periode, c.sleutel) in suppressed else c for c in cells
    ]
