# SPDX-License-Identifier: EUPL-1.2
"""Applications and decisions in the demo city (definitions/demo/aanvragen.yaml).

- Every benefit was granted on an application: melding on the startdatum, the application a
  few days later, a decision after a realistic processing time (sometimes suspended).
- Applications for a benefit that were refused, not completed or withdrawn come from new
  residents who never got a benefit; so do the applications still open at the registry's
  last day (the werkvoorraad).
- Households with a benefit apply for minimaregelingen; students with a disability (new
  residents without a benefit) apply for studietoeslag every year.
Everything draws from the random stream the caller gives (its own, derived from the seed).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import yaml

from werkspoor.applications.choices import AanvraagRegeling, Besluit

from .households import households, synthetic_bsns_except
from .params import EPOCH, DemoParams, demo_definitions_dir
from .population import ages_at_start, wijk_probabilities
from .tables import codes, iso

UITKERING_REGELINGEN = ("PW", "IOAW", "IOAZ", "BBZ")
NAT = np.datetime64("NaT", "D")
DAYS_PER_YEAR = 365.25
FUTURE_DAYS = 120  # open applications at the stand are drawn from this many days before it
YEARLY = ("iit", "kwijtschelding", "upas")  # schemes applied for once a year


def load_spec() -> dict:
    return yaml.safe_load((demo_definitions_dir() / "aanvragen.yaml").read_text(encoding="utf-8"))


def iso_repeated(days: np.ndarray, nullable: bool = False) -> np.ndarray:
    """tables.iso for columns with few distinct days (each formatted once)."""
    unique, inverse = np.unique(np.asarray(days, np.int64), return_inverse=True)
    return iso(unique, nullable)[inverse]


def day_numbers(values) -> np.ndarray:
    """ISO dates (None = -1) as day numbers since 1970-01-01."""
    dates = np.array(values, "datetime64[D]")
    return np.where(np.isnat(dates), -1, (dates - EPOCH).astype(np.int64))


@dataclass
class _Rows:
    """Applications collected per source, joined at the end."""

    parts: list = field(default_factory=list)

    def add(self, inwoner, regeling, melding, aanvraag, besluit, besluitdatum, reden, opschorting):
        n = np.asarray(inwoner).size
        self.parts.append(
            {
                "inwoner": np.asarray(inwoner, np.int64),
                "regeling": np.broadcast_to(np.asarray(regeling, object), (n,)),
                "melding": np.broadcast_to(np.asarray(melding, np.int64), (n,)),
                "aanvraag": np.asarray(aanvraag, np.int64),
                "besluit": np.broadcast_to(np.asarray(besluit, object), (n,)),
                "besluitdatum": np.asarray(besluitdatum, np.int64),
                "reden": np.broadcast_to(np.asarray(reden, object), (n,)),
                "opschorting": np.asarray(opschorting, np.int64),
            }
        )

    def table(self) -> dict:
        return {k: np.concatenate([p[k] for p in self.parts]) for k in self.parts[0]}


class ApplicationBuilder:
    def __init__(self, tables, params: DemoParams, spec: dict, rng, scale: float):
        self.tables, self.p, self.spec, self.rng, self.scale = tables, params, spec, rng, scale
        self.first, self.last = params.first_day, params.last_day
        self.rows = _Rows()
        self.new_inwoners: list[tuple[np.ndarray, np.ndarray]] = []  # (birth, wijk) batches
        self.next_id = int(np.max(np.asarray(tables["inwoner"]["id"]))) + 1
        u = tables["uitkering"]
        self.u_start = day_numbers(u["startdatum"])
        self.u_end = day_numbers(u["einddatum"])
        self.u_inwoner = np.asarray(u["inwoner_id"], np.int64)
        self.u_regeling = np.asarray(u["regeling"], object)

    # -- processing times ---------------------------------------------------------------
    def _processing(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        """(days without suspension, days suspended) of decided applications."""
        spec = self.spec["aanvragen"]
        d = spec["doorlooptijd"]
        days = np.maximum(
            d["minimum"], np.rint(d["mediaan"] * np.exp(self.rng.normal(0, d["spreiding"], n)))
        )
        o = spec["opschorting"]
        suspended = np.where(
            self.rng.random(n) < o["kans"],
            self.rng.integers(o["dagen"][0], o["dagen"][1] + 1, n),
            0,
        )
        return days.astype(np.int64), suspended.astype(np.int64)

    def _decide(self, aanvraag, besluit_kind: np.ndarray):
        """Decision day and suspension for each application by the kind of decision."""
        spec = self.spec["aanvragen"]
        days, suspended = self._processing(aanvraag.size)
        for kind, key in (
            ("buiten_behandeling", "doorlooptijd_buiten_behandeling"),
            ("intrekking", "doorlooptijd_intrekking"),
        ):
            rows = besluit_kind == kind
            low, high = spec[key]
            days[rows] = self.rng.integers(low, high + 1, int(rows.sum()))
            suspended[rows] = 0
        return aanvraag + days + suspended, suspended

    def _reasons(self, besluit: np.ndarray) -> np.ndarray:
        shares = self.spec["aanvragen"]["redenen_afwijzing"]
        drawn = self._draw(shares, besluit.size)
        return np.where(besluit == Besluit.AFWIJZING, drawn, "").astype(object)

    def _draw(self, shares: dict, n: int) -> np.ndarray:
        keys = np.array(list(shares), dtype=object)
        probs = np.array(list(shares.values()), float)
        return keys[self.rng.choice(len(keys), n, p=probs / probs.sum())]

    def _add(self, inwoner, regeling, melding, aanvraag, besluit):
        """Add applications, deciding them; a decision after the last day leaves them open."""
        aanvraag = np.minimum(aanvraag, self.last)
        decided_on, suspended = self._decide(aanvraag, besluit)
        open_ = decided_on > self.last
        besluit = np.where(open_, "", besluit).astype(object)
        self.rows.add(
            inwoner,
            regeling,
            melding,
            aanvraag,
            besluit,
            np.where(open_, -1, decided_on),
            self._reasons(besluit),
            np.where(open_, 0, suspended),
        )

    # -- applications that granted the benefits -------------------------------------------
    def granted(self) -> np.ndarray:
        n = self.u_start.size
        low, high = self.spec["aanvragen"]["dagen_melding_tot_aanvraag"]
        aanvraag = np.minimum(self.u_start + self.rng.integers(low, high + 1, n), self.last)
        decided_on, suspended = self._decide(aanvraag, np.full(n, "toekenning", object))
        # A benefit in the registry was decided on by its last day.
        decided_on = np.clip(decided_on, aanvraag, self.last)
        self.rows.add(
            self.u_inwoner,
            self.u_regeling,
            self.u_start,
            aanvraag,
            "toekenning",
            decided_on,
            "",
            suspended,
        )
        return np.arange(n)  # the first n applications, in the order of the benefits

    # -- applications that did not lead to a benefit, and the ones still open ---------------
    def not_granted(self) -> None:
        spec = self.spec["aanvragen"]["niet_toegekend"]
        share = sum(spec.values())
        new = self.u_start >= self.first
        for regeling in UITKERING_REGELINGEN:
            starts = self.u_start[new & (self.u_regeling == regeling)]
            n = self.rng.poisson(starts.size * share / (1 - share))
            aanvraag = self.rng.choice(starts, n) + self.rng.integers(-15, 16, n)
            aanvraag = aanvraag[(aanvraag >= self.first) & (aanvraag <= self.last)]
            besluit = self._draw(spec, aanvraag.size)
            self._add(self._applicants(aanvraag), regeling, aanvraag, aanvraag, besluit)
            self._future_grants(regeling, starts)

    def _future_grants(self, regeling: str, starts: np.ndarray) -> None:
        """Applications received in the last weeks that will be granted after the registry's
        last day: open at the stand (those decided earlier are benefits already)."""
        recent = starts[starts > self.last - 365]
        per_day = recent.size / 365
        n = self.rng.poisson(per_day * FUTURE_DAYS)
        aanvraag = self.last - self.rng.integers(0, FUTURE_DAYS, n)
        days, suspended = self._processing(n)
        still_open = aanvraag + days + suspended > self.last
        aanvraag = aanvraag[still_open]
        self.rows.add(
            self._applicants(aanvraag),
            regeling,
            aanvraag,
            aanvraag,
            "",
            np.full(aanvraag.size, -1),
            "",
            np.zeros(aanvraag.size),
        )

    def _applicants(self, aanvraag: np.ndarray, ages=None) -> np.ndarray:
        """New residents (no benefit yet) who apply on these days (ages in years, else drawn
        as for the inflow); returns their ids."""
        n = aanvraag.size
        if ages is None:
            days_old = ages_at_start(self.p, self.rng, n)
        else:
            days_old = (ages * DAYS_PER_YEAR).astype(np.int64)
        birth = aanvraag - days_old
        probs = wijk_probabilities(self.p)
        wijk = self.rng.choice(probs.size, n, p=probs)
        ids = np.arange(self.next_id, self.next_id + n)
        self.next_id += n
        self.new_inwoners.append((birth, wijk))
        return ids

    # -- minimaregelingen -------------------------------------------------------------------
    def minima(self) -> None:
        """Households with a running benefit apply; for the yearly schemes (individuele
        inkomenstoeslag, kwijtschelding, U-pas) at most once in 330 days."""
        spec = self.spec["minimaregelingen"]
        months = self.p.month_starts
        last = {r: np.full(self.next_id, -(10**6), np.int64) for r in YEARLY}
        for m in range(len(months) - 1):
            start, end = int(months[m]), int(months[m + 1])
            running = (self.u_start <= start) & ((self.u_end == -1) | (self.u_end > start))
            month = int(np.datetime64(start, "D").astype("datetime64[M]").astype(int) % 12) + 1
            for regeling, chance in self._monthly_chances(spec, month).items():
                candidates = running.copy()
                if regeling == "iit":
                    candidates &= start - self.u_start >= spec["iit"]["na_jaren"] * DAYS_PER_YEAR
                if regeling in last:
                    candidates &= start - last[regeling][self.u_inwoner] >= 330
                rows = np.flatnonzero(candidates & (self.rng.random(running.size) < chance))
                if rows.size:
                    days = start + self.rng.integers(0, end - start, rows.size)
                    if regeling in last:
                        last[regeling][self.u_inwoner[rows]] = days
                    self._minima(regeling, self.u_inwoner[rows], days)
        self._students(spec["studietoeslag"])

    def _monthly_chances(self, spec: dict, month: int) -> dict:
        upas = spec["upas"]
        return {
            "bijzondere_bijstand": spec["bijzondere_bijstand"]["per_maand"],
            "iit": spec["iit"]["per_jaar"] / 12,
            "kwijtschelding": spec["kwijtschelding"]["per_jaar"] / 12,
            "upas": upas["per_jaar"] / len(upas["maanden"]) if month in upas["maanden"] else 0.0,
        }

    def _minima(self, regeling: str, inwoner: np.ndarray, aanvraag: np.ndarray) -> None:
        toekenning = self.spec["minimaregelingen"][regeling]["toekenning"]
        granted = self.rng.random(inwoner.size) < toekenning
        refused = self.rng.random(inwoner.size) < 0.7
        besluit = np.select(
            [granted, refused], ["toekenning", "afwijzing"], "buiten_behandeling"
        ).astype(object)
        self._add(inwoner, regeling, aanvraag, aanvraag, besluit)

    def _students(self, spec: dict) -> None:
        low, high = spec["leeftijd"]
        for year, count in spec["nieuw_per_jaar"].items():
            n = self.rng.poisson(count * self.scale)
            first = int((np.datetime64(f"{year}-01-01") - EPOCH).astype(np.int64))
            aanvraag = first + self.rng.integers(0, 365, n)
            aanvraag = aanvraag[aanvraag <= self.last]
            ids = self._applicants(aanvraag, ages=self.rng.uniform(low, high - 3, aanvraag.size))
            while aanvraag.size:
                besluit = np.where(
                    self.rng.random(aanvraag.size) < spec["toekenning"], "toekenning", "afwijzing"
                ).astype(object)
                self._add(ids, "studietoeslag", aanvraag, aanvraag, besluit)
                again = self.rng.random(aanvraag.size) < spec["opnieuw"]
                aanvraag = aanvraag + 365 + self.rng.integers(-20, 21, aanvraag.size)
                keep = again & (aanvraag <= self.last)
                ids, aanvraag = ids[keep], aanvraag[keep]

    # -- the tables -------------------------------------------------------------------------
    def build(self) -> dict:
        granting = self.granted()
        self.not_granted()
        self.minima()
        rows = self.rows.table()
        order = np.lexsort((rows["inwoner"], rows["aanvraag"]))
        position = np.empty(order.size, np.int64)
        position[order] = np.arange(order.size)
        n = order.size
        self.tables["uitkering"]["aanvraag_id"] = position[granting] + 1
        rows = {k: v[order] for k, v in rows.items()}
        self._append_inwoners()
        return {
            "aanvraag": {
                "id": np.arange(1, n + 1),
                "external_id": codes("A", n),
                "inwoner_id": rows["inwoner"],
                "regeling": rows["regeling"],
                "meldingsdatum": iso_repeated(rows["melding"], nullable=True),
                "aanvraagdatum": iso_repeated(rows["aanvraag"]),
                "besluitdatum": iso_repeated(rows["besluitdatum"], nullable=True),
                "besluit": rows["besluit"],
                "reden_afwijzing": rows["reden"],
                "opschorting_dagen": rows["opschorting"],
            }
        }

    def _append_inwoners(self) -> None:
        birth = np.concatenate([b for b, _ in self.new_inwoners])
        wijk = np.concatenate([w for _, w in self.new_inwoners])
        n = birth.size
        h = households(self.p, self.rng, birth, self.last)
        bsn = synthetic_bsns_except(self.rng, n, set(self.tables["inwoner"]["bsn"]))
        inwoner = self.tables["inwoner"]
        first_id = self.next_id - n
        width = len(inwoner["external_id"][0]) - 1
        new = {
            "id": np.arange(first_id, first_id + n),
            "external_id": np.char.add(
                "I", np.char.zfill(np.arange(first_id, first_id + n).astype(str), width)
            ),
            "bsn": np.array(bsn, dtype=object),
            "voornaam": h["voornaam"],
            "achternaam": h["achternaam"],
            "geboortedatum": iso(birth),
            "wijk": np.array(self.p.gemeente.wijken, dtype=object)[wijk],
            "huishoudtype": h["huishoudtype"],
            "aantal_kostendelers": h["aantal_kostendelers"],
            "structurele_arbeidsbeperking": h["structurele_arbeidsbeperking"],
            "inburgeraar": h["inburgeraar"],
            "statushouder": h["statushouder"],
            "werkdienstverlening_override": np.full(n, "", dtype=object),
            "werkdienstverlening_reden": np.full(n, "", dtype=object),
        }
        for key, values in new.items():
            inwoner[key] = np.concatenate(
                [np.asarray(inwoner[key], dtype=object), np.asarray(values, dtype=object)]
            )
        kids = h["kinderen"]
        kind = self.tables["kind"]
        m = kids["parent"].size
        kind["inwoner_id"] = np.concatenate(
            [np.asarray(kind["inwoner_id"], np.int64), first_id + kids["parent"]]
        )
        kind["geboortedatum"] = np.concatenate(
            [np.asarray(kind["geboortedatum"], object), iso(kids["birth"]).astype(object)]
        )
        kind["id"] = np.arange(1, kind["inwoner_id"].size + 1)
        assert m == kids["birth"].size


def applications(tables, params: DemoParams, spec: dict, rng, scale: float) -> dict:
    return ApplicationBuilder(tables, params, spec, rng, scale).build()


__all__ = ["AanvraagRegeling", "NAT", "applications", "load_spec"]
