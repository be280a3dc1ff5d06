# SPDX-License-Identifier: EUPL-1.2
"""A computed figure (`Cel`): indicator, quarter, breakdown, value and the number of persons
it rests on; plus the key encoding and the zero cells that a count has but SQL omits."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

from werkspoor.applications.choices import AanvraagRegeling
from werkspoor.registry.choices import Huishoudtype, Regeling, Werkdienstverlening

from .aggregation import DOELGROEPEN, PERSOON_UITSPLITSINGEN, RECORD, UNIT, grouping_sets
from .catalogue import Catalogue, Indicator


@dataclass(frozen=True)
class Cel:
    indicator: str
    periode: str
    sleutel: str
    waarde: float | int | None
    personen: int | None
    onderdrukt: bool = False
    voorlopig: bool = False  # may still change: the definition looks beyond the registry's stand

    @property
    def uitsplitsing(self) -> dict[str, str]:
        return decode_key(self.sleutel)

    def suppressed(self) -> Cel:
        return replace(self, waarde=None, onderdrukt=True)


def decode_key(sleutel: str) -> dict[str, str]:
    if not sleutel:
        return {}
    return dict(part.split(UNIT, 1) for part in sleutel.split(RECORD))


def encode_key(uitsplitsing: dict[str, str]) -> str:
    return RECORD.join(f"{name}{UNIT}{value}" for name, value in uitsplitsing.items())


def breakdown_domains(catalogue: Catalogue, wijken: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Every value a breakdown can take, so that an empty group shows as 0, not as absent."""
    klassen = catalogue.uitsplitsingen["leeftijdsklasse"]["klassen"]
    return {
        "wijk": tuple(wijken),
        "arrangement": ("1", "2", "3", "4", "geen"),
        "werkdienstverlening": tuple(Werkdienstverlening.values),
        "leeftijdsklasse": tuple(klassen),
        "huishoudtype": tuple(Huishoudtype.values),
        "regeling": tuple(Regeling.values),
        "regeling:aanvragen": tuple(AanvraagRegeling.values),
        "doelgroep": DOELGROEPEN,
    }


def expected_keys(indicator: Indicator, domains: dict[str, tuple[str, ...]]) -> list[str]:
    """The keys of every cell a count publishes (all combinations of known values)."""
    person = [b for b in indicator.uitsplitsingen if b in PERSOON_UITSPLITSINGEN]
    sets = grouping_sets(indicator, person)
    for special in ("regeling", "doelgroep"):
        if special in indicator.uitsplitsingen:
            sets += grouping_sets(indicator, [special], with_total=False)
    all_domains = {**domains, **indicator.dimensies}
    if indicator.regelingen == "aanvragen":
        all_domains["regeling"] = domains["regeling:aanvragen"]
    keys = []
    for columns in sets:
        names = [c for c in columns if c != "periode"]
        for values in itertools.product(*(all_domains[n] for n in names)):
            pairs = dict(zip(names, values, strict=True))
            if _excluded(indicator, pairs):
                continue
            keys.append(encode_key(pairs))
            keys += [encode_key({**pairs, "statistiek": extra}) for extra in indicator.extra_maten]
    return keys


def _excluded(indicator: Indicator, pairs: dict[str, str]) -> bool:
    same = [pairs.get(name) for name in indicator.uitsluiten_gelijk]
    return len(same) > 1 and None not in same and len(set(same)) == 1


def with_zero_rows(
    rows: list[tuple], indicator: Indicator, periods: list[str], domains: dict[str, tuple[str, ...]]
) -> list[tuple]:
    """Add the empty groups of a count as explicit zeros (zero persons) to its rows
    (indicator, periode, sleutel, waarde, personen)."""
    present = {(row[1], row[2]) for row in rows}
    keys = expected_keys(indicator, domains)
    zeros = [
        (indicator.id, periode, key, 0, 0)
        for periode in periods
        for key in keys
        if (periode, key) not in present
    ]
    return rows + zeros
