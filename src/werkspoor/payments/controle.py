# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor controle`: the payments of a month against the rules, for the whole bestand.

Every running PW and IOAW benefit of the month is computed in one vectorised evaluation
(calculation.py) from the registry as it stands; the payments of the month are summed per
resident and regeling; every difference larger than the tolerance is reported with the rule,
the parameter and the source behind the expected amount. A payment without a running
benefit is a difference too (expected 0).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache

import numpy as np
import yaml
from django.conf import settings
from django.db.models import Q, Sum

from werkspoor.core.gemeente import gemeente_dir
from werkspoor.registry.models import Deeltijdwerk, Kind, Uitkering
from werkspoor.rules.calculate import check_datum
from werkspoor.rules.models import VrijwilligersvergoedingRegistratie

from .calculation import Berekening, Bestand, Registraties, bereken, days, month_bounds
from .explanation import duiding, toelichting
from .models import Betaling

CONTROLE_REGELINGEN = ("PW", "IOAW")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class ControleConfig:
    tolerantie: Decimal
    bron: str


@cache
def _config(key: str) -> ControleConfig:
    path = gemeente_dir(key) / "controle.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    return ControleConfig(
        Decimal(str(data.get("tolerantie_euro", "1.00"))).quantize(CENT),
        str(data.get("bron", "standaard van Werkspoor")),
    )


def config() -> ControleConfig:
    return _config(settings.WERKSPOOR_GEMEENTE.lower())


@dataclass(frozen=True)
class Verschil:
    inwoner_id: int
    inwoner: str  # the resident's code, never a name
    uitkering: str  # code of the benefit ("" for a payment without one)
    regeling: str
    maand: date
    betaald: Decimal
    verwacht: Decimal
    regel: str
    parameter: str
    bron: str
    duiding: str

    @property
    def verschil(self) -> Decimal:
        return self.betaald - self.verwacht


@dataclass
class Controle:
    maand: date
    tolerantie: Decimal
    uitkeringen: int  # benefits computed
    huishoudens: int  # residents among them
    betaald: Decimal
    verwacht: Decimal
    niet_te_controleren: list[str]  # resident codes with part-time work of unknown income
    verschillen: list[Verschil]


def _bestand(maand: date, inwoner_id: int | None = None):
    start, end = month_bounds(maand)
    running = Uitkering.objects.filter(
        Q(einddatum__isnull=True) | Q(einddatum__gt=start.item()),
        regeling__in=CONTROLE_REGELINGEN,
        startdatum__lt=end.item(),
    )
    if inwoner_id is not None:
        running = running.filter(inwoner_id=inwoner_id)
    rows = list(
        running.order_by("pk").values_list(
            "pk",
            "external_id",
            "inwoner_id",
            "inwoner__external_id",
            "regeling",
            "startdatum",
            "einddatum",
            "inwoner__geboortedatum",
            "inwoner__huishoudtype",
            "inwoner__aantal_kostendelers",
        )
    )
    columns = list(zip(*rows, strict=True)) if rows else [()] * 10
    bestand = Bestand(
        uitkering_id=np.array(columns[0], np.int64),
        inwoner_id=np.array(columns[2], np.int64),
        regeling=np.array(columns[4], dtype=object),
        startdatum=days(columns[5]),
        einddatum=days(columns[6]),
        geboortedatum=days(columns[7]),
        huishoudtype=np.array(columns[8], dtype=object),
        kostendelers=np.array(columns[9], np.int64),
    )
    codes = {
        "uitkering": list(columns[1]),
        "inwoner": dict(zip(columns[2], columns[3], strict=True)),
    }
    return bestand, running.values("inwoner_id"), codes


def _registraties(maand: date, inwoners) -> Registraties:
    start, end = month_bounds(maand)
    kinderen = list(
        Kind.objects.filter(inwoner_id__in=inwoners).values_list("inwoner_id", "geboortedatum")
    )
    werk = list(
        Deeltijdwerk.objects.filter(
            Q(einddatum__isnull=True) | Q(einddatum__gt=start.item()),
            inwoner_id__in=inwoners,
            startdatum__lt=end.item(),
        ).values_list("inwoner_id", "startdatum", "einddatum", "netto_inkomsten_per_maand")
    )
    vrijwilligers = list(
        VrijwilligersvergoedingRegistratie.objects.filter(
            inwoner_id__in=inwoners, maand__gte=date(maand.year, 1, 1), maand__lte=start.item()
        ).values_list("inwoner_id", "maand", "bedrag", "kosten_aangetoond")
    )

    def column(rows, index, kind=None):
        values = [row[index] for row in rows]
        if kind == "date":
            return days(values)
        if kind == "amount":
            return np.array([np.nan if v is None else float(v) for v in values], float)
        return np.array(values, np.int64)

    return Registraties(
        kind_inwoner=column(kinderen, 0),
        kind_geboortedatum=column(kinderen, 1, "date"),
        werk_inwoner=column(werk, 0),
        werk_start=column(werk, 1, "date"),
        werk_einde=column(werk, 2, "date"),
        werk_netto=column(werk, 3, "amount"),
        vrijwilliger_inwoner=column(vrijwilligers, 0),
        vrijwilliger_maand=column(vrijwilligers, 1, "date"),
        vrijwilliger_bedrag=column(vrijwilligers, 2, "amount"),
        vrijwilliger_kosten=column(vrijwilligers, 3, "amount"),
    )


def paid(maand: date, inwoner_id: int | None = None) -> dict[tuple[int, str], tuple[Decimal, str]]:
    """(resident, regeling) -> (sum of the month's PW/IOAW payments, resident code)."""
    payments = Betaling.objects.filter(maand=maand, regeling__in=CONTROLE_REGELINGEN)
    if inwoner_id is not None:
        payments = payments.filter(inwoner_id=inwoner_id)
    rows = payments.values("inwoner_id", "regeling", "inwoner__external_id").annotate(
        totaal=Sum("bedrag")
    )
    return {
        (r["inwoner_id"], r["regeling"]): (r["totaal"], r["inwoner__external_id"]) for r in rows
    }


def bereken_maand(maand: date, inwoner_id: int | None = None) -> tuple[Berekening, dict]:
    """The expected amounts of every running PW/IOAW benefit in `maand` (of one resident if
    `inwoner_id` is given), and their codes."""
    check_datum(maand.replace(day=1))  # before any query: a month without norms is refused
    bestand, inwoners, codes = _bestand(maand, inwoner_id)
    return bereken(maand, bestand, _registraties(maand, inwoners)), codes


def euros(cents: int) -> Decimal:
    """A whole number of cents as a Decimal amount in euros with two places."""
    return (Decimal(int(cents)) / 100).quantize(CENT)


def in_cents(amounts) -> np.ndarray:
    return np.rint(np.asarray(amounts, float) * 100).astype(np.int64)


def controle(maand: date, tolerantie: Decimal | None = None) -> Controle:
    maand = maand.replace(day=1)
    tolerantie = config().tolerantie if tolerantie is None else tolerantie
    berekening, codes = bereken_maand(maand)
    bestand = berekening.bestand
    unknown = berekening.inkomsten_onbekend
    betalingen = paid(maand)
    # Expected and paid per (resident, regeling), in cents; compared all at once.
    keys = list(zip(bestand.inwoner_id.tolist(), bestand.regeling.tolist(), strict=True))
    all_keys = sorted(set(keys) | set(betalingen))
    position = {key: n for n, key in enumerate(all_keys)}
    rows_of = np.array([position[key] for key in keys], np.int64)
    expected = np.zeros(len(all_keys), np.int64)
    np.add.at(expected, rows_of, in_cents(berekening.bedrag))
    skipped = np.zeros(len(all_keys), bool)
    np.logical_or.at(skipped, rows_of, unknown)
    paid_cents = np.zeros(len(all_keys), np.int64)
    for key, (amount, _code) in betalingen.items():
        paid_cents[position[key]] = int(amount * 100)
    over = np.flatnonzero((np.abs(paid_cents - expected) > int(tolerantie * 100)) & ~skipped)
    verschillen = [
        _verschil(
            berekening,
            codes,
            all_keys[n],
            np.flatnonzero(rows_of == n).tolist(),
            euros(paid_cents[n]),
            euros(expected[n]),
            betalingen,
        )
        for n in over
    ]
    verschillen.sort(key=lambda v: (v.inwoner, v.regeling))
    return Controle(
        maand=maand,
        tolerantie=tolerantie,
        uitkeringen=len(berekening),
        huishoudens=len(set(bestand.inwoner_id.tolist())),
        betaald=euros(paid_cents.sum()),
        verwacht=euros(in_cents(berekening.bedrag).sum()),
        niet_te_controleren=sorted({codes["inwoner"][int(i)] for i in bestand.inwoner_id[unknown]}),
        verschillen=verschillen,
    )


def _verschil(berekening, codes, key, rows, betaald, verwacht, paid) -> Verschil:
    inwoner_id, regeling = key
    code = codes["inwoner"].get(inwoner_id) or paid[key][1]
    if not rows:
        return Verschil(
            inwoner_id,
            code,
            "",
            regeling,
            berekening.maand,
            betaald,
            verwacht,
            "Geen lopende uitkering in deze maand: er hoort niets betaald te worden.",
            "",
            "",
            "betaald zonder lopende uitkering",
        )
    row = rows[0]
    regel, parameter, bron = toelichting(berekening, row)
    return Verschil(
        inwoner_id,
        code,
        ", ".join(codes["uitkering"][r] for r in rows),
        regeling,
        berekening.maand,
        betaald,
        verwacht,
        regel,
        parameter,
        bron,
        duiding(berekening, row, betaald - verwacht),
    )
