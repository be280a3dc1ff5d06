# SPDX-License-Identifier: EUPL-1.2
"""Werkgeversdienstverlening in the demo city: werkgevers, vacatures, and the ontmoetingen
and plaatsingen recorded by the simulation."""

from __future__ import annotations

import numpy as np

from werkspoor.employers.models import Ontmoeting, Plaatsing, Vacature, Werkgever

from . import identities
from .activities import SOORTEN
from .parameters import distribution
from .population import DAYS_PER_MONTH
from .columns import Codes, Dates, Labels, Table, ids
from .simulation import City


def employer_tables(rng, city: City) -> list[Table]:
    spec = city.params["werkgevers"]
    count = city.werkgevers
    keys, p = distribution(spec["sectoren"])
    sectors = np.asarray(keys, dtype=object)[rng.choice(len(keys), count, p=p)].tolist()
    names = identities.werkgever_names(rng, city.params["namen"], sectors)
    tables = [
        Table(Werkgever, {"id": ids(count), "external_id": Codes("G", count), "naam": names,
                          "sector": sectors}),
        _vacatures(rng, city, sectors),
    ]
    tables += _meetings_and_placements(city)
    return tables


def _vacatures(rng, city: City, sectors: list[str]) -> Table:
    spec = city.params["werkgevers"]["vacatures"]
    first, data_end = int(city.calendar.starts[0]), city.data_end
    years = (data_end - first) / 365.25
    per_employer = rng.poisson(spec["per_werkgever_per_jaar"] * years, len(sectors))
    employer = np.repeat(np.arange(len(sectors)), per_employer)
    start = (first + rng.integers(0, data_end - first, len(employer))).astype(np.int32)
    low, high = spec["open_maanden"]
    end = start + np.round(rng.uniform(low, high, len(employer)) * DAYS_PER_MONTH).astype(np.int32)
    end = identities.running_end(end, data_end)
    sector = np.asarray(sectors, dtype=object)[employer]
    hours = np.asarray(spec["uren_per_week"])[rng.integers(0, len(spec["uren_per_week"]), len(employer))]
    amount_keys, amount_p = distribution(spec["aantal"])
    amount = np.asarray(amount_keys, int)[rng.choice(len(amount_keys), len(employer), p=amount_p)]
    return Table(Vacature, {
        "id": ids(len(employer)), "external_id": Codes("V", len(employer)),
        "werkgever_id": employer + 1, "titel": [f"Medewerker {s}" for s in sector],
        "aantal": amount.tolist(), "uren_per_week": hours.tolist(),
        "startdatum": Dates(start), "einddatum": Dates(end),
    })


def _meetings_and_placements(city: City) -> list[Table]:
    o = city.log.table("ontmoeting")
    p = city.log.table("plaatsing")
    keep = p["day"] < city.data_end
    p = {key: value[keep] for key, value in p.items()}
    return [
        Table(Ontmoeting, {
            "id": ids(len(o["day"])), "external_id": Codes("O", len(o["day"])),
            "werkgever_id": o["werkgever"] + 1, "inwoner_id": o["person"] + 1,
            "datum": Dates(o["day"]),
        }),
        Table(Plaatsing, {
            "id": ids(len(p["day"])), "external_id": Codes("P", len(p["day"])),
            "werkgever_id": p["werkgever"] + 1, "inwoner_id": p["person"] + 1,
            "datum": Dates(p["day"]),
            "soort": Labels(SOORTEN, p["soort"]),
        }),
    ]
