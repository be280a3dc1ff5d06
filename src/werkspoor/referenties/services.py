# SPDX-License-Identifier: EUPL-1.2
"""Importing a reference-series file (CSV: reeks, gebied, periode, waarde, eenheid, bron) and
comparing the gemeente's change with a series. A bad row is rejected with its line, field
and reason and kept; the good rows are imported. A series in the file replaces the stored
series of the same reeks and gebied (a corrected file is imported again as a whole)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone

from werkspoor.core import audit
from werkspoor.core.models import AuditActie
from werkspoor.core.periods import Quarter, Year, parse_period

from .models import Referentiewaarde

KOLOMMEN = ("reeks", "gebied", "periode", "waarde", "eenheid", "bron")


class OnbruikbaarBestand(ValueError):
    """The whole file cannot be read; nothing is imported. One Dutch sentence."""


@dataclass(frozen=True)
class Afgewezen:
    regel: int
    kolom: str
    reden: str
    rij: dict


@dataclass
class Inleesresultaat:
    bestand: str
    goed: list[dict] = field(default_factory=list)
    afgewezen: list[Afgewezen] = field(default_factory=list)
    reeksen: list[tuple[str, str]] = field(default_factory=list)

    def rejects_csv(self) -> str:
        """The rejected rows with line, column and reason, as CSV (nothing is lost)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["regel", "kolom", "reden", *KOLOMMEN])
        for a in self.afgewezen:
            writer.writerow([a.regel, a.kolom, a.reden, *(a.rij.get(k, "") for k in KOLOMMEN)])
        return out.getvalue()


def _text(content: bytes, name: str) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        raise OnbruikbaarBestand(
            f"{name} is geen UTF-8-tekst (rond regel {line}); sla het bestand op als CSV UTF-8."
        ) from None


def _number(text: str) -> Decimal:
    """A number with a decimal point or comma and no thousands separators."""
    cleaned = text.strip().replace(" ", "")
    if cleaned.count(",") + cleaned.count(".") > 1:
        raise ValueError("schrijf het getal zonder scheidingstekens voor duizendtallen")
    return Decimal(cleaned.replace(",", "."))


def _check(row: dict, known: set[str]) -> tuple[str, str] | None:
    """(column, reason) of the first problem in a row, or None."""
    for name in KOLOMMEN:
        if not (row.get(name) or "").strip():
            return name, "is leeg; elke waarde heeft een reeks, gebied, periode, eenheid en bron"
    if known and row["reeks"].strip() not in known:
        return "reeks", f"'{row['reeks']}' is geen indicator van de catalogus"
    try:
        period = parse_period(row["periode"])
    except ValueError as error:
        return "periode", str(error)
    if not isinstance(period, Quarter | Year):
        return "periode", "een referentiewaarde hoort bij een kwartaal (2020Q4) of een jaar (2020)"
    try:
        _number(row["waarde"])
    except (InvalidOperation, ValueError) as error:
        reason = str(error) if isinstance(error, ValueError) and str(error) else "geen getal"
        return "waarde", f"'{row['waarde']}': {reason}"
    return None


def read(content: bytes, name: str, known_reeksen: set[str] | None = None) -> Inleesresultaat:
    """Check every row of the file; the good rows are ready to store."""
    text = _text(content, name)
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [k for k in KOLOMMEN if k not in header]
    if missing:
        raise OnbruikbaarBestand(
            f"{name}: de kopregel mist de kolom(men) {', '.join(missing)}; "
            f"verwacht: {', '.join(KOLOMMEN)}."
        )
    reader.fieldnames = header
    result = Inleesresultaat(name)
    seen: dict[tuple, int] = {}
    for row in reader:
        line = reader.line_num
        row = {k: (v or "").strip() for k, v in row.items() if k in KOLOMMEN}
        if not any(row.values()):
            continue
        problem = _check(row, known_reeksen or set())
        key = (row.get("reeks"), row.get("gebied"), row.get("periode"))
        if problem is None and key in seen:
            problem = (
                "periode",
                f"dezelfde reeks, gebied en periode staan al op regel {seen[key]}",
            )
        if problem:
            result.afgewezen.append(Afgewezen(line, problem[0], problem[1], row))
            continue
        seen[key] = line
        result.goed.append(row)
    result.reeksen = sorted({(r["reeks"], r["gebied"]) for r in result.goed})
    return result


def store(result: Inleesresultaat, user=None) -> int:
    """Replace the series in the file by its good rows; audited. Returns the rows stored."""
    now = timezone.now()
    username = user.get_username() if user is not None and user.is_authenticated else ""
    with transaction.atomic():
        for reeks, gebied in result.reeksen:
            Referentiewaarde.objects.filter(reeks=reeks, gebied=gebied).delete()
        Referentiewaarde.objects.bulk_create(
            Referentiewaarde(
                reeks=row["reeks"],
                gebied=row["gebied"],
                periode=str(parse_period(row["periode"])),
                waarde=_number(row["waarde"]),
                eenheid=row["eenheid"],
                bron=row["bron"],
                ingelezen_op=now,
                ingelezen_door=username,
            )
            for row in result.goed
        )
        audit.log(
            user,
            AuditActie.REFERENTIES_INGELEZEN,
            detail={
                "bestand": result.bestand,
                "reeksen": [f"{r} ({g})" for r, g in result.reeksen],
                "ingelezen": len(result.goed),
                "afgewezen": len(result.afgewezen),
            },
        )
    return len(result.goed)


@dataclass(frozen=True)
class Vergelijking:
    gebied: str
    periode: str
    verandering: float  # percent against a year earlier
    bron: str
    eenheid: str


def comparisons(reeks: str, period) -> list[Vergelijking]:
    """Per area the series' change against a year earlier, where both values exist."""
    labels = [str(period), str(period.year_earlier())]
    values = Referentiewaarde.objects.filter(reeks=reeks, periode__in=labels)
    by_area: dict[str, dict[str, Referentiewaarde]] = {}
    for value in values:
        by_area.setdefault(value.gebied, {})[value.periode] = value
    result = []
    for gebied, found in sorted(by_area.items()):
        now, then = found.get(labels[0]), found.get(labels[1])
        if now is None or then is None or not then.waarde:
            continue
        change = float(100 * (now.waarde - then.waarde) / then.waarde)
        result.append(Vergelijking(gebied, labels[0], change, now.bron, now.eenheid))
    return result


def series_overview() -> list[dict]:
    """Per stored series: reeks, gebied, first and last period, values, unit and source."""
    overview: dict[tuple, dict] = {}
    for value in Referentiewaarde.objects.order_by("reeks", "gebied", "periode"):
        entry = overview.setdefault(
            (value.reeks, value.gebied),
            {
                "reeks": value.reeks,
                "gebied": value.gebied,
                "eenheid": value.eenheid,
                "bron": value.bron,
                "perioden": [],
                "ingelezen_op": value.ingelezen_op,
                "ingelezen_door": value.ingelezen_door,
            },
        )
        entry["perioden"].append(value.periode)
    return list(overview.values())
