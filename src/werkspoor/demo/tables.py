# SPDX-License-Identifier: EUPL-1.2
"""From simulated events to registry rows: one dict of columns per table, ids assigned."""

from __future__ import annotations

import numpy as np

from . import werkplek
from .activities import KANALEN
from .households import households
from .params import EPOCH
from .simulation import REDENEN, REGELINGEN, SimulationResult

DAYS_PER_MONTH = 30.44
SECTORS = (
    "zorg",
    "detailhandel",
    "logistiek",
    "horeca",
    "bouw",
    "schoonmaak",
    "techniek",
    "overheid",
    "ICT",
    "groenvoorziening",
)
SECTOR_WORDS = {
    "zorg": "Zorggroep",
    "detailhandel": "Winkels",
    "logistiek": "Logistiek",
    "horeca": "Horeca",
    "bouw": "Bouw",
    "schoonmaak": "Schoonmaak",
    "techniek": "Techniek",
    "overheid": "Diensten",
    "ICT": "IT",
    "groenvoorziening": "Groen",
}
VACATURE_TITELS = (
    "medewerker",
    "assistent",
    "chauffeur",
    "monteur",
    "verkoopmedewerker",
    "schoonmaker",
    "magazijnmedewerker",
    "kok",
    "helpende",
    "administratief medewerker",
)


def iso(days: np.ndarray, nullable: bool = False) -> np.ndarray:
    """ISO date strings; with nullable, -1 (still running) becomes None."""
    days = np.asarray(days, dtype=np.int64)
    text = np.datetime_as_string(EPOCH + days.astype("timedelta64[D]"))
    if not nullable:
        return text
    text = text.astype(object)
    text[days == -1] = None
    return text


def with_nulls(values: np.ndarray, missing: np.ndarray) -> np.ndarray:
    """Python ints, with None where `missing` (an empty column in the database)."""
    result = np.asarray(values, dtype=np.int64).astype(object)
    result[missing] = None
    return result


def codes(prefix: str, n: int) -> np.ndarray:
    width = max(7, len(str(n)))
    return np.char.add(prefix, np.char.zfill(np.arange(1, n + 1).astype(str), width))


def periods_from_events(person, day, value, benefit_end):
    """Consecutive events of one person become periods [day, next day) and the last one
    ends with the benefit."""
    order = np.lexsort((day, person))
    person, day, value = person[order], day[order], value[order]
    end = np.empty_like(day)
    same_next = np.r_[person[1:] == person[:-1], False]
    end[same_next] = day[1:][same_next[:-1]]
    end[~same_next] = benefit_end[person[~same_next]]
    return person, day, end, value


class TableBuilder:
    def __init__(
        self,
        result: SimulationResult,
        params,
        rng: np.random.Generator,
        scale: float,
        seed: int = 0,
    ):
        self.seed = seed  # for the werkplek parts, which have random streams of their own
        self.r = result
        self.p = params
        self.rng = rng
        self.scale = scale
        self.pop = result.population
        self.last = params.last_day
        self.tables: dict[str, dict] = {}

    def build(self) -> dict[str, dict]:
        self._inwoners()
        self._uitkeringen()
        self._arrangementen()
        self._coaches()
        self._trajecten()
        self._deeltijdwerk()
        self._doelen()
        self._contacten()
        self._medisch()
        self._werkgevers()
        self._ontmoetingen_plaatsingen()
        self._kto()
        return self.tables

    def _ids(self, n: int) -> np.ndarray:
        return np.arange(1, n + 1)

    def _inwoners(self):
        pop = self.pop
        h = households(self.p, self.rng, pop.birth, self.last)
        n = pop.size
        self.tables["inwoner"] = {
            "id": self._ids(n),
            "external_id": codes("I", n),
            "bsn": [f"{b:09d}" for b in h["bsn"]],
            "voornaam": h["voornaam"],
            "achternaam": h["achternaam"],
            "geboortedatum": iso(pop.birth),
            "wijk": np.array(self.p.gemeente.wijken, dtype=object)[pop.wijk],
            "huishoudtype": h["huishoudtype"],
            "aantal_kostendelers": h["aantal_kostendelers"],
            "structurele_arbeidsbeperking": h["structurele_arbeidsbeperking"],
            "inburgeraar": h["inburgeraar"],
            "statushouder": h["statushouder"],
            "werkdienstverlening_override": h["werkdienstverlening_override"],
            "werkdienstverlening_reden": [
                "Afwijking afgesproken met de inwoner (demo)" if o else ""
                for o in h["werkdienstverlening_override"]
            ],
        }
        self.tables["inwoner"].update(
            werkplek.contact_details(
                self.seed, self.tables["inwoner"]["wijk"], h["voornaam"], h["achternaam"]
            )
        )
        kids = h["kinderen"]
        self.tables["kind"] = {
            "id": self._ids(kids["parent"].size),
            "inwoner_id": (kids["parent"] + 1),
            "geboortedatum": iso(kids["birth"]),
        }

    def _uitkeringen(self):
        pop = self.pop
        reden = np.array(("",) + REDENEN, dtype=object)[pop.reden + 1]
        self.tables["uitkering"] = {
            "id": self._ids(pop.size),
            "external_id": codes("U", pop.size),
            "inwoner_id": self._ids(pop.size),
            "regeling": np.array(REGELINGEN)[pop.regeling],
            "startdatum": iso(pop.start),
            "einddatum": iso(pop.end, nullable=True),
            "reden_beeindiging": reden,
        }

    def _event_periods(self, events):
        person = np.concatenate([e[0] for e in events])
        day = np.concatenate([e[1] for e in events]).astype(np.int64)
        value = np.concatenate([e[2] for e in events])
        return periods_from_events(person, day, value, self.pop.end)

    def _arrangementen(self):
        person, start, end, value = self._event_periods(self.r.arrangement_events)
        self.tables["arrangementperiode"] = {
            "id": self._ids(person.size),
            "inwoner_id": (person + 1),
            "arrangement": value.astype(int),
            "startdatum": iso(start),
            "einddatum": iso(end, nullable=True),
            "reden": [""] * person.size,
        }

    def _coaches(self):
        pool = self.r.coaches
        wijken = self.p.gemeente.wijken
        self.tables["team"] = {"id": self._ids(len(wijken)), "naam": [f"Team {w}" for w in wijken]}
        names = self.p.names
        first = self.rng.integers(0, len(names["voornamen"]), pool.count)
        last = self.rng.integers(0, len(names["achternamen"]), pool.count)
        self.tables["werkcoach"] = {
            "id": self._ids(pool.count),
            "external_id": codes("W", pool.count),
            "naam": [
                f"{names['voornamen'][a]} {names['achternamen'][b]}"
                for a, b in zip(first, last, strict=True)
            ],
            "team_id": (np.array(pool.team_of) + 1),
            "user_id": [None] * pool.count,
        }
        person, start, end, coach = self._event_periods(pool.events)
        # Residents who started in the demo's last days still wait for a werkcoach.
        waiting_days = werkplek.werkplek_params()["toewijzing"]["wachtend_laatste_dagen"]
        waiting = (start > self.last - waiting_days) & (start == self.pop.start[person])
        person, start, end, coach = (a[~waiting] for a in (person, start, end, coach))
        self.tables["toewijzing"] = {
            "id": self._ids(person.size),
            "inwoner_id": (person + 1),
            "werkcoach_id": (coach + 1),
            "startdatum": iso(start),
            "einddatum": iso(end, nullable=True),
        }

    def _trajecten(self):
        t = self.r.activities.trajecten_table
        n = t["person"].size
        resultaat = np.where(t["end"] == -1, "", self._draw(self.p["traject_resultaat"], n))
        self.tables["traject"] = {
            "id": self._ids(n),
            "external_id": codes("T", n),
            "inwoner_id": (t["person"] + 1),
            "instrument": np.array(self.r.activities.instruments, dtype=object)[t["instrument"]],
            "startdatum": iso(t["start"]),
            "einddatum": iso(t["end"], nullable=True),
            "resultaat": resultaat,
            "loonwaarde": with_nulls(t["loonwaarde"], t["loonwaarde"] < 0),
        }

    def _deeltijdwerk(self):
        d = self.r.activities.deeltijdwerk_table
        n = d["person"].size
        self.tables["deeltijdwerk"] = {
            "id": self._ids(n),
            "inwoner_id": (d["person"] + 1),
            "startdatum": iso(d["start"]),
            "einddatum": iso(d["end"], nullable=True),
            "netto_inkomsten_per_maand": d["netto"],
        }

    def _doelen(self):
        from .goals import goals

        g = goals(self.p, self.rng, self.pop)
        n = g["person"].size
        self.tables["doel"] = {
            "id": self._ids(n),
            "external_id": codes("D", n),
            "inwoner_id": (g["person"] + 1),
            "soort": g["soort"],
            "omschrijving": [""] * n,
            "startdatum": iso(g["start"]),
            "status": g["status"],
            "statusdatum": iso(g["statusdatum"]),
        }

    def _contacten(self):
        c = self.r.activities.contacts.table()
        n = c["person"].size
        self.tables["contactmoment"] = {
            "id": self._ids(n),
            "external_id": codes("C", n),
            "inwoner_id": (c["person"] + 1),
            "werkcoach_id": with_nulls(c["coach"] + 1, c["coach"] < 0),
            "datum": iso(c["day"]),
            "kanaal": np.array(KANALEN, dtype=object)[c["kanaal"]],
        }
        self.tables["contactmoment"]["notitie"] = werkplek.contact_notes(
            self.seed, c["kanaal"], KANALEN
        )

    def _medisch(self):
        m = self.r.activities.medisch.table()
        n = m["person"].size
        advice = m["day"] + self.rng.integers(20, 70, n)
        self.tables["medischadvies"] = {
            "id": self._ids(n),
            "inwoner_id": (m["person"] + 1),
            "aanvraagdatum": iso(m["day"]),
            "adviesdatum": iso(np.where(advice > self.last, -1, advice), nullable=True),
            "vraag": ["Belastbaarheid voor werk"] * n,
            "advies": [""] * n,
        }

    def _werkgevers(self):
        from .employers import employers

        self.tables.update(employers(self, SECTORS, SECTOR_WORDS, VACATURE_TITELS))
        wijken = self.p.gemeente.wijken
        werkgever, vacature = self.tables["werkgever"], self.tables["vacature"]
        werkgever.update(werkplek.employer_details(self.seed, len(werkgever["id"]), wijken))
        vacature.update(
            werkplek.vacancy_details(self.seed, len(vacature["id"]), wijken, self.p.gemeente.naam)
        )

    def _ontmoetingen_plaatsingen(self):
        from .employers import meetings_and_placements

        self.tables.update(meetings_and_placements(self))

    def _kto(self):
        spec = self.p["kto"]
        months = self.p.month_starts
        counts = self.rng.poisson(spec["per_maand"] * self.scale, months.size - 1)
        days = np.concatenate(
            [
                months[i] + self.rng.integers(0, months[i + 1] - months[i], c)
                for i, c in enumerate(counts)
            ]
        )
        n = days.size
        scores = np.clip(np.rint(self.rng.normal(spec["gemiddeld"], spec["spreiding"], n)), 1, 10)
        self.tables["ktorespons"] = {
            "id": self._ids(n),
            "external_id": codes("K", n),
            "datum": iso(days),
            "thema": self._draw(spec["themas"], n),
            "cijfer": scores.astype(int),
        }

    def _draw(self, shares: dict, n: int) -> np.ndarray:
        keys = np.array(list(shares), dtype=object)
        probs = np.array(list(shares.values()), dtype=float)
        return keys[self.rng.choice(len(keys), n, p=probs / probs.sum())]
