# SPDX-License-Identifier: EUPL-1.2
"""Payments in the demo city (definitions/demo/aanvragen.yaml, section betalingen).

Every running benefit is paid each month the amount the income rules give for the registered
household and part-time income (werkspoor.payments.calculation, the function the check uses),
from the first month the rules have norms for. A small share of the Participatiewet and IOAW
payments is wrong on purpose, in the ways payments go wrong in practice; the build reports
which, so that a test can hold `werkspoor controle` to finding exactly those. Granted
minimaregelingen are paid as their section of the file says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from werkspoor.payments.calculation import Bestand, Registraties, bereken, join_pairs
from werkspoor.rules.formulas import round_cents

from .aanvragen import day_numbers, iso_repeated
from .params import EPOCH, DemoParams
from .tables import codes

CHECKED = ("PW", "IOAW")  # the regelingen `werkspoor controle` checks


@dataclass(frozen=True)
class Afwijking:
    inwoner_id: int
    regeling: str
    maand: date
    soort: str


def _month_days(first: int, last: int) -> list[int]:
    months = np.arange(
        np.datetime64(int(first), "D").astype("datetime64[M]"),
        np.datetime64(int(last), "D").astype("datetime64[M]") + 1,
    )
    return [int((m.astype("datetime64[D]") - EPOCH).astype(np.int64)) for m in months]


def _to_date(day: int) -> date:
    return (EPOCH + np.timedelta64(int(day), "D")).astype(date)


class _Payments:
    def __init__(self, tables, params: DemoParams, spec: dict, rng):
        self.tables, self.p, self.spec, self.rng = tables, params, spec, rng
        self.parts: list[tuple] = []  # (inwoner, regeling, maand, bedrag)
        self.planted: list[Afwijking] = []
        inwoner = tables["inwoner"]
        ids = np.asarray(inwoner["id"], np.int64)
        self.index = np.full(ids.max() + 1, -1, np.int64)
        self.index[ids] = np.arange(ids.size)
        self.birth = np.array(inwoner["geboortedatum"], "datetime64[D]")
        self.huishoudtype = np.asarray(inwoner["huishoudtype"], object)
        self.kostendelers = np.asarray(inwoner["aantal_kostendelers"], np.int64)
        kind, werk = tables["kind"], tables["deeltijdwerk"]
        self.registraties = Registraties(
            kind_inwoner=np.asarray(kind["inwoner_id"], np.int64),
            kind_geboortedatum=np.array(kind["geboortedatum"], "datetime64[D]"),
            werk_inwoner=np.asarray(werk["inwoner_id"], np.int64),
            werk_start=np.array(werk["startdatum"], "datetime64[D]"),
            werk_einde=np.array(werk["einddatum"], "datetime64[D]"),
            werk_netto=np.asarray(werk["netto_inkomsten_per_maand"], float),
        )

    def add(self, inwoner, regeling, maand, bedrag) -> None:
        n = np.asarray(inwoner).size
        self.parts.append(
            (
                np.asarray(inwoner, np.int64),
                np.broadcast_to(np.asarray(regeling, object), (n,)),
                np.broadcast_to(np.asarray(maand, np.int64), (n,)),
                np.broadcast_to(np.asarray(bedrag, float), (n,)),
            )
        )

    # -- benefits, from the rules -------------------------------------------------------
    def benefits(self, first: int, last: int) -> None:
        u = self.tables["uitkering"]
        start, end = day_numbers(u["startdatum"]), day_numbers(u["einddatum"])
        inwoner = np.asarray(u["inwoner_id"], np.int64)
        regeling = np.asarray(u["regeling"], object)
        months = _month_days(first, last)
        for m, month_start in enumerate(months):
            month_end = months[m + 1] if m + 1 < len(months) else _month_days(last, last + 31)[-1]
            rows = np.flatnonzero((start < month_end) & ((end == -1) | (end > month_start)))
            self._month(_to_date(month_start), month_start, rows, start, end, inwoner, regeling)

    def _month(self, maand, month_start, rows, start, end, inwoner, regeling) -> None:
        person = self.index[inwoner[rows]]
        bestand = Bestand(
            uitkering_id=rows,
            inwoner_id=inwoner[rows],
            regeling=regeling[rows],
            startdatum=(EPOCH + start[rows].astype("timedelta64[D]")),
            einddatum=np.where(
                end[rows] == -1,
                np.datetime64("NaT", "D"),
                EPOCH + end[rows].astype("timedelta64[D]"),
            ),
            geboortedatum=self.birth[person],
            huishoudtype=self.huishoudtype[person],
            kostendelers=self.kostendelers[person],
        )
        berekening = bereken(maand, bestand, self.registraties)
        bedrag = berekening.bedrag.copy()
        extra = self._deviate(berekening, bedrag, maand)
        paid = bedrag > 0
        self.add(bestand.inwoner_id[paid], bestand.regeling[paid], month_start, bedrag[paid])
        if extra.size:
            self.add(
                bestand.inwoner_id[extra],
                bestand.regeling[extra],
                month_start,
                berekening.bedrag[extra],
            )

    def _deviate(self, berekening, bedrag: np.ndarray, maand: date) -> np.ndarray:
        """Plant errors in a few full-month PW/IOAW payments; returns rows paid twice."""
        spec = self.spec["afwijkingen"]
        full = berekening.dagen == berekening.dagen_in_maand
        chosen = np.flatnonzero(
            np.isin(berekening.bestand.regeling, CHECKED)
            & full
            & (bedrag > 0)
            & (self.rng.random(bedrag.size) < spec["kans"])
        )
        kinds = list(spec["soorten"])
        probs = np.array([spec["soorten"][k] for k in kinds], float)
        kind = np.array(kinds, object)[
            self.rng.choice(len(kinds), chosen.size, p=probs / probs.sum())
        ]
        verrekend = np.asarray(berekening.uitkomst["verrekende_inkomsten"], float)[chosen]
        vakantietoeslag = np.asarray(berekening.uitkomst["vakantietoeslag"], float)[chosen]
        kind = np.where((kind == "inkomsten_niet_verrekend") & (verrekend < 2), "tikfout", kind)
        low, high = spec["tikfout"]
        typo = np.rint(self.rng.uniform(low, high, chosen.size)) * self.rng.choice(
            [-1, 1], chosen.size
        )
        change = np.select(
            [
                kind == "vakantietoeslag_vergeten",
                kind == "inkomsten_niet_verrekend",
                kind == "tikfout",
            ],
            [-vakantietoeslag, verrekend, typo],
            0.0,
        )
        bedrag[chosen] = round_cents(np.maximum(bedrag[chosen] + change, 0.01))
        for row, soort in zip(chosen, kind, strict=True):
            self.planted.append(
                Afwijking(
                    int(berekening.bestand.inwoner_id[row]),
                    str(berekening.bestand.regeling[row]),
                    maand,
                    str(soort),
                )
            )
        return chosen[kind == "dubbel_betaald"]

    # -- minimaregelingen, from the granted applications --------------------------------------
    def minima(self, aanvraag: dict, first: int, last: int, spec_minima: dict) -> None:
        besluit = np.asarray(aanvraag["besluit"], object)
        regeling = np.asarray(aanvraag["regeling"], object)
        decided = day_numbers(aanvraag["besluitdatum"])
        inwoner = np.asarray(aanvraag["inwoner_id"], np.int64)
        month = lambda days: (EPOCH + days.astype("timedelta64[D]")).astype("datetime64[M]")  # noqa: E731
        granted = (besluit == "toekenning") & (decided >= 0)
        for name in ("bijzondere_bijstand", "iit", "upas", "studietoeslag"):
            rows = np.flatnonzero(granted & (regeling == name))
            getattr(self, f"_{name}")(inwoner[rows], month(decided[rows]), spec_minima[name])
        self.parts = [self._within(part, first, last) for part in self.parts]

    @staticmethod
    def _within(part, first: int, last: int):
        inwoner, regeling, maand, bedrag = part
        keep = (maand >= _month_days(first, first)[0]) & (maand <= _month_days(last, last)[0])
        return inwoner[keep], regeling[keep], maand[keep], bedrag[keep]

    def _monthly(self, inwoner, first_month, months: int, amount, regeling: str) -> None:
        for k in range(months):
            days = ((first_month + k).astype("datetime64[D]") - EPOCH).astype(np.int64)
            self.add(inwoner, regeling, days, amount if np.ndim(amount) == 0 else amount[:, k])

    def _bijzondere_bijstand(self, inwoner, first_month, spec) -> None:
        once = spec["eenmalig"]
        amount = once["mediaan"] * np.exp(self.rng.normal(0, once["spreiding"], inwoner.size))
        amount = np.round(np.clip(amount, once["minimum"], once["maximum"]), 2)
        self._monthly(inwoner, first_month, 1, amount[:, None], "bijzondere_bijstand")
        periodic = self.rng.random(inwoner.size) < spec["periodiek"]["kans"]
        p = spec["periodiek"]
        self._monthly(
            inwoner[periodic],
            first_month[periodic],
            p["maanden"],
            float(p["per_maand"]),
            "bijzondere_bijstand",
        )

    def _iit(self, inwoner, first_month, spec) -> None:
        household = self.huishoudtype[self.index[inwoner]]
        amount = np.array([spec["bedrag"][h] for h in household], float)
        self._monthly(inwoner, first_month, 1, amount[:, None], "iit")

    def _upas(self, inwoner, first_month, spec) -> None:
        """The U-pas credit: an amount per adult and per child under 18 on the decision."""
        tegoed = spec["tegoed"]
        kind = self.registraties
        holder, child = join_pairs(inwoner, kind.kind_inwoner)
        age = (first_month[holder].astype("datetime64[D]") - kind.kind_geboortedatum[child]).astype(
            int
        )
        kids = np.zeros(inwoner.size)
        np.add.at(kids, holder[(age >= 0) & (age < 18 * 365.25)], 1)
        amount = tegoed["volwassene"] + tegoed["per_kind"] * kids
        self._monthly(inwoner, first_month, 1, amount[:, None], "upas")

    def _studietoeslag(self, inwoner, first_month, spec) -> None:
        birth = self.birth[self.index[inwoner]]
        tiers = sorted(spec["bedrag"], key=lambda t: str(t["vanaf"]))
        amounts = np.zeros((inwoner.size, 12))
        for k in range(12):
            day = (first_month + k).astype("datetime64[D]")
            age = ((day - birth).astype(int) / 365.25).astype(int)
            for tier in tiers:
                applies = day >= np.datetime64(str(tier["vanaf"]))
                per_age = np.select(
                    [age >= 21, age == 20, age == 19], [tier[21], tier[20], tier[19]], tier[18]
                )
                amounts[:, k] = np.where(applies, per_age, amounts[:, k])
        self._monthly(inwoner, first_month, 12, amounts, "studietoeslag")

    def table(self) -> dict:
        inwoner = np.concatenate([p[0] for p in self.parts])
        regeling = np.concatenate([p[1] for p in self.parts])
        maand = np.concatenate([p[2] for p in self.parts])
        bedrag = np.concatenate([p[3] for p in self.parts])
        order = np.lexsort((inwoner, maand))
        n = order.size
        return {
            "id": np.arange(1, n + 1),
            "external_id": codes("B", n),
            "inwoner_id": inwoner[order],
            "regeling": regeling[order],
            "maand": iso_repeated(maand[order]),
            "bedrag": np.round(bedrag[order], 2),
        }


def payments(tables, params: DemoParams, spec: dict, rng) -> tuple[dict, list[Afwijking]]:
    """The table `betaling` and the deviations planted in it."""
    first = int((np.datetime64(str(spec["betalingen"]["vanaf"])) - EPOCH).astype(np.int64))
    builder = _Payments(tables, params, spec["betalingen"], rng)
    builder.benefits(first, params.last_day)
    builder.minima(tables["aanvraag"], first, params.last_day, spec["minimaregelingen"])
    return {"betaling": builder.table()}, builder.planted
