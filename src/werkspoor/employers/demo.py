# SPDX-License-Identifier: EUPL-1.2
"""Contact persons and SROI obligations for the demo city's employers
(definitions/demo/werkplek.yaml). Own random stream."""

from __future__ import annotations

from datetime import timedelta

from werkspoor.demo.werkplek import CONTACTPERSONEN, stream, werkplek_params
from werkspoor.registry.services import latest_registered_day

from .models import ContactPersoon, SroiVerplichting, Werkgever


def add_employer_details(sender=None, seed: int = 2017, **kwargs) -> dict[str, int]:
    """Connected to `demo_city_built`."""
    day = latest_registered_day()
    werkgevers = list(Werkgever.objects.order_by("pk").values_list("pk", "naam"))
    if day is None or not werkgevers:
        return {"contactpersonen": 0, "sroi": 0}
    spec, names = werkplek_params()["werkgevers"], _names()
    rng = stream(seed, CONTACTPERSONEN)
    n = len(werkgevers)
    counts = rng.integers(spec["contactpersonen"][0], spec["contactpersonen"][1] + 1, n)
    people = []
    for (pk, naam), count in zip(werkgevers, counts, strict=True):
        domain = "".join(c for c in naam.lower() if c.isalnum())[:20] + ".example.com"
        for _ in range(int(count)):
            first = names["voornamen"][int(rng.integers(len(names["voornamen"])))]
            last = names["achternamen"][int(rng.integers(len(names["achternamen"])))]
            people.append(
                ContactPersoon(
                    werkgever_id=pk,
                    naam=f"{first} {last}",
                    functie=spec["functies"][int(rng.integers(len(spec["functies"])))],
                    telefoon=f"030-{int(rng.integers(1_000_000, 9_999_999))}",
                    email=f"{first.lower()}@{domain}",
                )
            )
    chosen = rng.random(n) < spec["sroi_aandeel"]
    obligations = [
        SroiVerplichting(
            werkgever_id=pk,
            omschrijving=f"Gemeentelijk contract {naam}",
            aantal_plaatsingen=int(
                rng.integers(spec["sroi_plaatsingen"][0], spec["sroi_plaatsingen"][1] + 1)
            ),
            startdatum=day - timedelta(days=int(rng.integers(60, 540))),
            einddatum=day + timedelta(days=int(rng.integers(30, 400))),
        )
        for (pk, naam), sroi in zip(werkgevers, chosen, strict=True)
        if sroi
    ]
    ContactPersoon.objects.bulk_create(people, 5000)
    SroiVerplichting.objects.bulk_create(obligations)
    return {"contactpersonen": len(people), "sroi": len(obligations)}


def _names() -> dict:
    from werkspoor.demo.params import load_params

    return load_params().names
