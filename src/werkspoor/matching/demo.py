# SPDX-License-Identifier: EUPL-1.2
"""Work wishes and proposals for the demo city (definitions/demo/werkplek.yaml): wishes for
most job seekers in arrangement 1 and 2, and a few proposals per open vacancy with the
reasons the ranking gives. Own random stream; codes of its meetings are fixed per seed."""

from __future__ import annotations

import json
from datetime import timedelta

from werkspoor.demo.werkplek import MATCHING, draw, stream, werkplek_params
from werkspoor.demo.writer import append_rows
from werkspoor.employers.models import Ontmoeting, Vacature, Werkgever
from werkspoor.employers.services import werkzoekenden
from werkspoor.registry.services import latest_registered_day, running_on

from .models import Oordeel, Voordracht, VoordrachtStatus, Werkwens
from .ranking import forget_profiles, profiles, rank

HOURS = {"fulltime": (32, 40), "deeltijd": (20, 32), "klein": (12, 24)}
DEMO_ADVISER = "demo-bedrijfsadviseur"


def _wishes(rng, spec, inwoner_ids, sectors, day) -> dict[str, list]:
    keep = rng.random(len(inwoner_ids)) < spec["kans"]
    chosen = [i for i, kept in zip(inwoner_ids, keep, strict=True) if kept]
    kinds = draw(rng, spec["uren"], len(chosen))
    low, high = spec["sectoren_per_inwoner"]
    columns: dict[str, list] = {name: [] for name in ("inwoner_id", "uren_min", "uren_max")}
    columns |= {"sectoren": [], "toelichting": [], "bijgewerkt_op": []}
    for inwoner_id, kind in zip(chosen, kinds, strict=True):
        count = int(rng.integers(low, high + 1))
        picked = sorted(set(rng.choice(sectors, count, replace=False))) if sectors else []
        columns["inwoner_id"].append(inwoner_id)
        columns["uren_min"].append(HOURS[kind][0])
        columns["uren_max"].append(HOURS[kind][1])
        columns["sectoren"].append(json.dumps([str(s) for s in picked]))
        columns["toelichting"].append("")
        columns["bijgewerkt_op"].append(day - timedelta(days=int(rng.integers(0, 300))))
    return columns


def _proposals(rng, spec, day, pool_ids) -> list[Voordracht]:
    forget_profiles()  # the wishes were just written
    pool = profiles(day)
    vacatures = list(
        Vacature.objects.filter(running_on(day)).select_related("werkgever").order_by("pk")
    )
    made, meeting = [], 0
    for vacature in vacatures:
        count = int(rng.integers(spec["per_vacature"][0], spec["per_vacature"][1] + 1))
        if not count or not pool_ids:
            continue
        chosen = rng.choice(pool_ids, min(count, len(pool_ids)), replace=False).tolist()
        ranked = rank(vacature, [pool[i] for i in chosen], day)
        statuses = draw(rng, spec["status"], len(ranked))
        opinions = draw(rng, spec["oordeel"], len(ranked))
        for kandidaat, status, oordeel in zip(ranked, statuses, opinions, strict=True):
            proposed = max(vacature.startdatum, day - timedelta(days=int(rng.integers(3, 40))))
            since = min(day, proposed + timedelta(days=int(rng.integers(1, 3))))
            if status != VoordrachtStatus.VOORGESTELD and oordeel == Oordeel.OPEN:
                oordeel = Oordeel.AKKOORD
            if status == VoordrachtStatus.GESPREK and oordeel == Oordeel.BEZWAAR:
                status = VoordrachtStatus.AFGEWEZEN
            voordracht = Voordracht(
                vacature=vacature,
                inwoner_id=kandidaat.inwoner_id,
                status=status,
                status_op=since if status != VoordrachtStatus.VOORGESTELD else proposed,
                voorgesteld_op=proposed,
                voorgesteld_door=DEMO_ADVISER,
                redenen=[r.as_json() for r in kandidaat.redenen],
                oordeel=oordeel,
                oordeel_toelichting=(
                    "Loopt nu een behandeltraject; over drie maanden opnieuw bekijken."
                    if oordeel == Oordeel.BEZWAAR
                    else ""
                ),
                oordeel_op=since if oordeel != Oordeel.OPEN else None,
                oordeel_door="demo-werkcoach" if oordeel != Oordeel.OPEN else "",
                afwijzing_reden=(
                    "De werkgever koos een andere kandidaat."
                    if status == VoordrachtStatus.AFGEWEZEN
                    else ""
                ),
            )
            if status == VoordrachtStatus.GESPREK:
                meeting += 1
                voordracht.ontmoeting = Ontmoeting.objects.create(
                    external_id=f"OV{meeting:07d}",
                    werkgever=vacature.werkgever,
                    inwoner_id=kandidaat.inwoner_id,
                    datum=since,
                )
            made.append(voordracht)
    return made


def add_matching(sender=None, seed: int = 2017, **kwargs) -> dict[str, int]:
    """Connected to `demo_city_built`."""
    day = latest_registered_day()
    if day is None:
        return {"werkwensen": 0, "voordrachten": 0}
    spec = werkplek_params()
    rng = stream(seed, MATCHING)
    pool_ids = list(werkzoekenden(day).order_by("inwoner_id").values_list("inwoner_id", flat=True))
    sectors = sorted(set(Werkgever.objects.exclude(sector="").values_list("sector", flat=True)))
    wishes = append_rows(Werkwens, _wishes(rng, spec["werkwensen"], pool_ids, sectors, day))
    proposals = Voordracht.objects.bulk_create(_proposals(rng, spec["voordrachten"], day, pool_ids))
    return {"werkwensen": wishes, "voordrachten": len(proposals)}
