# SPDX-License-Identifier: EUPL-1.2
"""The simulated city as database rows: one Table (model + columns) per registry model,
with periods cut off at the end of the benefit and at the data date."""

from __future__ import annotations

import numpy as np

from werkspoor.registry import models as registry
from werkspoor.registry.choices import DoelSoort, TrajectResultaat

from . import identities
from .activities import INSTRUMENTS, KANALEN
from .columns import Codes, Dates, Labels, Table, ids
from .parameters import NO_END, distribution
from .population import DAYS_PER_MONTH, REASONS, REGELINGEN, WERK
from .simulation import City

LKS = INSTRUMENTS.index("loonkostensubsidie")
DOELSOORTEN = [choice.value for choice in DoelSoort]


def registry_tables(rng, city: City) -> list[Table]:
    pop, data_end, params = city.population, city.data_end, city.params
    count = pop.size
    benefit_end = identities.running_end(pop.end[:count], data_end)
    ended = benefit_end != NO_END
    reason = np.where(ended, pop.reason[:count], -1)
    tables = _coaching_tables(rng, city)
    household = identities.households(rng, params["stad"], pop, data_end)
    first, last = identities.names(rng, params["namen"], count)
    wijken = np.array(city.wijken, dtype=object)
    tables.append(Table(registry.Inwoner, {
        "id": ids(count), "external_id": Codes("I", count),
        "bsn": identities.bsns(rng, count), "voornaam": first, "achternaam": last,
        "geboortedatum": Dates(pop.birth[:count]), "wijk": wijken[pop.wijk[:count]].tolist(),
        "huishoudtype": household["huishoudtype"],
        "aantal_kostendelers": household["kostendelers"],
        "structurele_arbeidsbeperking": household["beperking"],
        "inburgeraar": household["inburgeraar"], "statushouder": household["statushouder"],
    }))
    parent, child_birth = household["children"]
    tables.append(Table(registry.Kind, {
        "id": ids(len(parent)), "inwoner_id": parent + 1, "geboortedatum": Dates(child_birth),
    }))
    reasons = np.array([""] + REASONS, dtype=object)
    tables.append(Table(registry.Uitkering, {
        "id": ids(count), "external_id": Codes("U", count), "inwoner_id": ids(count),
        "regeling": Labels(REGELINGEN, pop.regeling[:count]),
        "startdatum": Dates(pop.start[:count]), "einddatum": Dates(benefit_end),
        "reden_beeindiging": Labels(reasons, reason + 1),
    }))
    tables += _period_tables(city)
    tables.append(_doelen(rng, city, benefit_end, reason))
    tables += _activity_tables(rng, city, benefit_end, reason)
    tables.append(_kto(rng, city))
    return tables


def _coaching_tables(rng, city: City) -> list[Table]:
    coaching = city.coaching
    team_of_coach = np.repeat(np.arange(len(coaching.count)), coaching.count)
    return [
        Table(registry.Team, {"id": ids(len(city.wijken)),
                              "naam": [f"Team {wijk}" for wijk in city.wijken]}),
        Table(registry.Werkcoach, {
            "id": ids(coaching.total), "external_id": Codes("W", coaching.total),
            "naam": identities.person_names(rng, city.params["namen"], coaching.total),
            "team_id": team_of_coach + 1,
        }),
    ]


def _period_tables(city: City) -> list[Table]:
    arrangement = city.log.table("arrangement")
    toewijzing = city.log.table("toewijzing")
    order_a = np.lexsort((arrangement["start"], arrangement["person"]))
    order_t = np.lexsort((toewijzing["start"], toewijzing["person"]))
    end_a = identities.running_end(arrangement["end"][order_a], city.data_end)
    end_t = identities.running_end(toewijzing["end"][order_t], city.data_end)
    return [
        Table(registry.ArrangementPeriode, {
            "id": ids(len(order_a)), "inwoner_id": arrangement["person"][order_a] + 1,
            "arrangement": arrangement["arrangement"][order_a],
            "startdatum": Dates(arrangement["start"][order_a]), "einddatum": Dates(end_a),
        }),
        Table(registry.Toewijzing, {
            "id": ids(len(order_t)), "inwoner_id": toewijzing["person"][order_t] + 1,
            "werkcoach_id": toewijzing["coach"][order_t] + 1,
            "startdatum": Dates(toewijzing["start"][order_t]), "einddatum": Dates(end_t),
        }),
    ]


def _clip_to_benefit(planned, start, person, benefit_end, data_end, exempt=None):
    """End of an activity: its planned end, the end of the benefit if earlier, running if
    unknown on the data date. Returns (end, cut_by_benefit)."""
    limit = benefit_end[person]
    cut = planned > limit if exempt is None else (planned > limit) & ~exempt
    end = np.where(cut, limit, planned)
    return identities.running_end(end, data_end), cut


def _activity_tables(rng, city: City, benefit_end, reason) -> list[Table]:
    log, data_end = city.log, city.data_end
    t = log.table("traject")
    keep = t["start"] < data_end
    t = {key: value[keep] for key, value in t.items()}
    end, cut = _clip_to_benefit(t["end"], t["start"], t["person"], benefit_end, data_end,
                                exempt=t["instrument"] == LKS)
    stopped_early = rng.random(len(end)) < city.params["dienstverlening"]["voortijdig_gestopt"]
    resultaat = np.where(
        cut, np.where(reason[t["person"]] == WERK, TrajectResultaat.WERK.value,
                      TrajectResultaat.VOORTIJDIG_GESTOPT.value),
        np.where(stopped_early, TrajectResultaat.VOORTIJDIG_GESTOPT.value,
                 TrajectResultaat.AFGEROND.value),
    ).astype(object)
    resultaat[end == NO_END] = ""
    loonwaarde = t["loonwaarde"].astype(object)
    loonwaarde[t["loonwaarde"] < 0] = None
    d = log.table("deeltijdwerk")
    d_end, _ = _clip_to_benefit(d["end"], d["start"], d["person"], benefit_end, data_end)
    c = log.table("contact")
    m = log.table("medisch")
    return [
        Table(registry.Traject, {
            "id": ids(len(end)), "external_id": Codes("T", len(end)),
            "inwoner_id": t["person"] + 1,
            "instrument": Labels(INSTRUMENTS, t["instrument"]),
            "startdatum": Dates(t["start"]), "einddatum": Dates(end), "resultaat": resultaat,
            "loonwaarde": loonwaarde,
        }),
        Table(registry.Deeltijdwerk, {
            "id": ids(len(d_end)), "inwoner_id": d["person"] + 1, "startdatum": Dates(d["start"]),
            "einddatum": Dates(d_end), "netto_inkomsten_per_maand": d["inkomsten"],
        }),
        Table(registry.Contactmoment, {
            "id": ids(len(c["person"])), "external_id": Codes("C", len(c["person"])),
            "inwoner_id": c["person"] + 1, "werkcoach_id": c["coach"] + 1,
            "datum": Dates(c["day"]),
            "kanaal": Labels(KANALEN, c["kanaal"]),
        }),
        Table(registry.MedischAdvies, {
            "id": ids(len(m["person"])), "inwoner_id": m["person"] + 1,
            "aanvraagdatum": Dates(m["asked"]),
            "adviesdatum": Dates(identities.running_end(m["advised"], data_end)),
        }),
    ]


def _doelen(rng, city: City, benefit_end, reason) -> Table:
    """Inwonerplan goals from the start of the benefit, for a share that grows per year."""
    pop, data_end, spec = city.population, city.data_end, city.params["dienstverlening"]["inwonerplan"]
    count = pop.size
    first_day = int(city.calendar.starts[0])
    plan_start = np.maximum(pop.start[:count], first_day)
    years = np.array(city.calendar.month_dates[0].year + (plan_start - first_day) // 365.25, int)
    years = np.minimum(years, city.calendar.month_dates[-2].year)
    coverage = np.array([spec["dekking"][int(y)] for y in range(years.min(), years.max() + 1)])
    has_plan = rng.random(count) < coverage[years - years.min()]
    keys, p = distribution(spec["aantal_doelen"])
    goals = np.where(has_plan, np.asarray(keys, int)[rng.choice(len(keys), count, p=p)], 0)
    person = np.repeat(np.arange(count), goals)
    soort = np.empty(len(person), dtype=object)
    arrangement = pop.intake_arrangement[person]
    for value in (1, 2, 3, 4):
        among = arrangement == value
        kinds, kp = distribution(spec["soort"][value])
        soort[among] = np.asarray(kinds, dtype=object)[rng.choice(len(kinds), among.sum(), p=kp)]
    start = (plan_start[person] + rng.integers(0, 61, len(person))).astype(np.int32)
    limit = np.minimum(benefit_end[person], data_end)
    keep = start < limit
    person, soort, start, limit = person[keep], soort[keep], start[keep], limit[keep]
    planned = start + np.maximum(
        14, rng.exponential(spec["duur_maanden"] * DAYS_PER_MONTH, len(person))
    ).astype(np.int32)
    by_benefit_end = planned >= limit
    werk = (reason[person] == WERK) & np.isin(soort, ["betaald_werk", "ondernemen"])
    behaald = np.where(by_benefit_end, werk, rng.random(len(person)) < spec["behaald"])
    status = np.where(behaald, "behaald", "gestopt").astype(object)
    statusdatum = np.minimum(planned, limit)
    still_open = statusdatum >= data_end
    status[still_open] = "actief"
    statusdatum = np.where(still_open, start, statusdatum)
    return Table(registry.Doel, {
        "id": ids(len(person)), "external_id": Codes("D", len(person)),
        "inwoner_id": person + 1, "soort": soort.tolist(), "startdatum": Dates(start),
        "status": status.tolist(), "statusdatum": Dates(statusdatum),
    })


def _kto(rng, city: City) -> Table:
    days, themes, scores = [], [], []
    for thema, per_year in city.params["werkgevers"]["kto"].items():
        for year, (responses, mean) in per_year.items():
            count = rng.poisson(responses * city.scale)
            first = (np.datetime64(f"{year}-01-01") - np.datetime64("1970-01-01")).astype(int)
            days.append(first + rng.integers(0, 365, count))
            themes += [thema] * count
            scores.append(np.clip(np.round(rng.normal(mean, 1.2, count)), 1, 10).astype(int))
    days, scores = np.concatenate(days), np.concatenate(scores)
    return Table(registry.KtoRespons, {
        "id": ids(len(days)), "external_id": Codes("K", len(days)), "datum": Dates(days),
        "thema": themes, "cijfer": scores.tolist(),
    })
