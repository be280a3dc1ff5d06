# SPDX-License-Identifier: EUPL-1.2
"""Benchmark of `werkspoor import`: a synthetic 1,000,000-row exchange folder into a fresh
SQLite database, against a baseline measured in the same run (row by row, full_clean + save).

    .venv/bin/python bench/bench_import.py [--rows 1000000] [--baseline-rows 50000]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROWS_PER_INWONER = 10  # the generator below writes about this many rows per resident


def _day(rng: random.Random, start: date, span_days: int) -> date:
    return start + timedelta(days=rng.randrange(span_days))


def _periods(rng: random.Random, count: int, first: date) -> list[tuple[str, str]]:
    result, start = [], first
    for index in range(count):
        end = start + timedelta(days=rng.randrange(60, 900))
        running = index == count - 1 and rng.random() < 0.5
        result.append((start.isoformat(), "" if running else end.isoformat()))
        start = end
    return result


class _Writers:
    def __init__(self, directory: Path):
        from werkspoor.exchange.spec import FILES

        self.handles, self.writers, self.rows = {}, {}, 0
        for exchange_file in FILES:
            handle = (directory / exchange_file.name).open("w", encoding="utf-8", newline="")
            self.handles[exchange_file.name] = handle
            self.writers[exchange_file.name] = csv.writer(handle, lineterminator="\r\n")
            self.writers[exchange_file.name].writerow(exchange_file.column_names)

    def write(self, name: str, row: list) -> None:
        self.writers[name].writerow(row)
        self.rows += 1

    def close(self) -> None:
        for handle in self.handles.values():
            handle.close()


def generate(directory: Path, target_rows: int, seed: int = 2017) -> int:
    """Write a valid, deterministic exchange folder of about `target_rows` rows."""
    from werkspoor.core.gemeente import current_gemeente

    rng = random.Random(seed)
    wijken = current_gemeente().wijken
    inwoners = max(target_rows // ROWS_PER_INWONER, 10)
    coaches = max(inwoners // 110, 2)
    werkgevers = max(inwoners // 50, 2)
    out = _Writers(directory)
    for team in range(10):
        out.write("teams.csv", [f"Team {team:02d}"])
    for coach in range(coaches):
        out.write(
            "werkcoaches.csv", [f"W{coach:05d}", f"Coach {coach}", f"Team {coach % 10:02d}", ""]
        )
    for werkgever in range(werkgevers):
        out.write("werkgevers.csv", [f"G{werkgever:05d}", f"Werkgever {werkgever}", "zorg"])
        out.write(
            "vacatures.csv",
            [f"V{werkgever:05d}", f"G{werkgever:05d}", "Medewerker", "2019-01-01", "", "2", "32"],
        )
    for number in range(inwoners):
        _inwoner(out, rng, number, wijken, coaches, werkgevers)
    for number in range(max(target_rows - out.rows, 0)):
        out.write(
            "kto.csv",
            [
                f"K{number:07d}",
                _day(rng, date(2018, 1, 1), 2000).isoformat(),
                "werk",
                rng.randint(1, 10),
            ],
        )
    out.close()
    return out.rows


def _inwoner(out: _Writers, rng, number: int, wijken, coaches: int, werkgevers: int) -> None:
    inwoner_id = f"I{number:07d}"
    first = _day(rng, date(2012, 1, 1), 3000)
    out.write(
        "inwoners.csv",
        [
            inwoner_id,
            _day(rng, date(1960, 1, 1), 15000).isoformat(),
            rng.choice(wijken),
            rng.choice(["alleenstaande", "alleenstaande_ouder", "gehuwden"]),
            *(rng.choice(["ja", "nee", "nee", "nee"]) for _ in range(3)),
            "",
            f"Voornaam{number}",
            f"Achternaam{number}",
            rng.randint(1, 3),
            "",
            "",
        ],
    )
    if rng.random() < 0.4:
        out.write("kinderen.csv", [inwoner_id, _day(rng, date(2005, 1, 1), 6000).isoformat()])
    for index, (start, end) in enumerate(_periods(rng, rng.randint(1, 2), first)):
        reden = rng.choice(["werk", "ander_inkomen", "verhuizing", "overig"]) if end else ""
        out.write(
            "uitkeringen.csv", [f"U{number:07d}-{index}", inwoner_id, "PW", start, end, reden]
        )
    for start, end in _periods(rng, rng.randint(1, 2), first):
        out.write("arrangementen.csv", [inwoner_id, rng.randint(1, 4), start, end, ""])
    for start, end in _periods(rng, 1, first):
        out.write("toewijzingen.csv", [inwoner_id, f"W{rng.randrange(coaches):05d}", start, end])
    start, end = _periods(rng, 1, first)[0]
    out.write(
        "trajecten.csv",
        [f"T{number:07d}", inwoner_id, "loonkostensubsidie", start, end, "", rng.randint(30, 80)],
    )
    out.write(
        "doelen.csv",
        [
            f"D{number:07d}",
            inwoner_id,
            "werkfit",
            first.isoformat(),
            "actief",
            first.isoformat(),
            "",
        ],
    )
    for index in range(rng.randint(1, 2)):
        out.write(
            "contactmomenten.csv",
            [
                f"C{number:07d}-{index}",
                inwoner_id,
                f"W{rng.randrange(coaches):05d}",
                _day(rng, first, 700).isoformat(),
                "persoonlijk",
                "",
            ],
        )
    if rng.random() < 0.1:
        out.write("deeltijdwerk.csv", [inwoner_id, start, end, "350.00"])
    if rng.random() < 0.1:
        out.write(
            "ontmoetingen.csv",
            [
                f"O{number:07d}",
                f"G{rng.randrange(werkgevers):05d}",
                inwoner_id,
                _day(rng, first, 700).isoformat(),
            ],
        )


def baseline_row_by_row(directory: Path) -> int:
    """The naive import: per row parse, look up references, full_clean() and save()."""
    from werkspoor.exchange.columns import Account, Reference
    from werkspoor.exchange.reader import open_table
    from werkspoor.exchange.spec import FILES, FILES_BY_NAME

    pks: dict[str, dict[str, int]] = {f.name: {} for f in FILES}
    rows = 0
    for exchange_file in FILES:
        table = open_table(directory / exchange_file.name, exchange_file)
        positions = {name: index for index, name in enumerate(table.header)}
        for _line, cells in table.rows():
            values = {}
            for column in exchange_file.columns:
                text = (
                    cells[positions[column.name]].strip()
                    if column.kind.strip
                    else cells[positions[column.name]]
                )
                if text == "":
                    values[column.attname] = column.empty_value()
                elif isinstance(column.kind, Reference):
                    if column.kind.target not in pks or text not in pks[column.kind.target]:
                        target = FILES_BY_NAME[column.kind.target]
                        instance = target.model.objects.create(**{target.key_column.attname: text})
                        pks[target.name][text] = instance.pk
                    values[column.attname] = pks[column.kind.target][text]
                elif not isinstance(column.kind, Account):
                    values[column.attname] = column.kind.parse(text)
            instance = exchange_file.model(**values)
            instance.full_clean()
            instance.save()
            if exchange_file.key:
                pks[exchange_file.name][getattr(instance, exchange_file.key_column.attname)] = (
                    instance.pk
                )
            rows += 1
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--baseline-rows", type=int, default=50_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="werkspoor-bench-"))
    os.environ["WERKSPOOR_DATABASE_URL"] = f"sqlite:///{work / 'bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkspoor.conf.settings")
    import django

    django.setup()
    from django.db import transaction

    from werkspoor.core.database import ensure_schema
    from werkspoor.exchange.importer import ImportOptions, empty_registry, import_directory

    ensure_schema()
    sample, full = work / "steekproef", work / "volledig"
    sample.mkdir(), full.mkdir()
    sample_rows = generate(sample, args.baseline_rows)
    started = time.perf_counter()
    full_rows = generate(full, args.rows)
    print(f"gegenereerd: {full_rows:,} rijen in {time.perf_counter() - started:.1f} s ({work})")

    started = time.perf_counter()
    with transaction.atomic():
        baseline_count = baseline_row_by_row(sample)
    baseline_seconds = time.perf_counter() - started
    baseline_rate = baseline_count / baseline_seconds
    with transaction.atomic():
        empty_registry()

    quiet = ImportOptions(replace=True, progress=False)
    started = time.perf_counter()
    sample_report = import_directory(sample, quiet)
    sample_seconds = time.perf_counter() - started
    assert sample_report.rejected == 0 and sample_report.imported == sample_rows

    started = time.perf_counter()
    report = import_directory(full, ImportOptions(replace=True, progress=True))
    seconds = time.perf_counter() - started
    assert report.rejected == 0, f"{report.rejected} rijen afgewezen"
    rate = report.imported / seconds

    print(
        f"basislijn, rij voor rij (full_clean + save): {baseline_count:,} rijen in "
        f"{baseline_seconds:.1f} s = {baseline_rate:,.0f} rijen/s; "
        f"{args.rows:,} rijen zou {args.rows / baseline_rate / 60:.1f} min duren"
    )
    print(
        f"werkspoor import, zelfde steekproef: {sample_rows:,} rijen in {sample_seconds:.1f} s "
        f"= {sample_rows / sample_seconds:,.0f} rijen/s "
        f"(x{sample_seconds and baseline_seconds / sample_seconds:.1f} sneller)"
    )
    print(
        f"werkspoor import, {report.imported:,} rijen: {seconds:.1f} s = {rate:,.0f} rijen/s "
        f"(x{rate / baseline_rate:.1f} t.o.v. de basislijn)"
    )
    sys.stdout.flush()
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
