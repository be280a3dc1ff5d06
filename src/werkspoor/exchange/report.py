# SPDX-License-Identifier: EUPL-1.2
"""What an import reports: counts per file, warnings and every rejected row with its reasons.

The rejects file has one line per problem (bestand, regel, kolom, waarde, reden) and keeps
the whole original row in `rij`, written as a CSV line of the source file. People open it in
a spreadsheet, so a cell that would start a formula gets a leading `'` (core/spreadsheets.py).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from werkspoor.core.spreadsheets import spreadsheet_csv_writer

REJECT_COLUMNS = ["bestand", "regel", "kolom", "waarde", "reden", "rij"]


@dataclass(frozen=True)
class Problem:
    column: str  # "" when the problem is the row as a whole
    reason: str


@dataclass
class Reject:
    file: str
    line: int
    header: list[str]
    cells: list[str]
    problems: list[Problem]

    def value_of(self, column: str) -> str:
        if column in self.header:
            index = self.header.index(column)
            return self.cells[index] if index < len(self.cells) else ""
        return ""

    def original_row(self) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerow(self.cells)  # quotes line breaks
        return buffer.getvalue().removesuffix("\r\n")


@dataclass
class FileCount:
    read: int = 0
    imported: int = 0
    rejected: int = 0


@dataclass
class ImportReport:
    found: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, FileCount] = field(default_factory=dict)
    rejects: list[Reject] = field(default_factory=list)
    rejects_path: Path | None = None

    def count(self, file_name: str) -> FileCount:
        return self.counts.setdefault(file_name, FileCount())

    def reject(self, reject: Reject) -> None:
        self.rejects.append(reject)
        self.count(reject.file).rejected += 1

    @property
    def rejected(self) -> int:
        return sum(count.rejected for count in self.counts.values())

    @property
    def imported(self) -> int:
        return sum(count.imported for count in self.counts.values())

    def write_rejects(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = spreadsheet_csv_writer(handle, lineterminator="\r\n")
            writer.writerow(REJECT_COLUMNS)
            for reject in sorted(self.rejects, key=lambda r: (r.file, r.line)):
                row = reject.original_row()
                for problem in reject.problems:
                    value = reject.value_of(problem.column) if problem.column else ""
                    writer.writerow(
                        [reject.file, reject.line, problem.column, value, problem.reason, row]
                    )
        self.rejects_path = path

    def summary(self) -> list[str]:
        lines = [f"Gevonden: {', '.join(self.found) or 'geen'}."]
        if self.absent:
            lines.append(f"Niet aanwezig (niet ingelezen): {', '.join(self.absent)}.")
        lines += [f"Waarschuwing: {warning}" for warning in self.warnings]
        width = max([len(name) for name in self.counts] + [len("totaal")])
        lines.append(f"{'bestand':<{width}}  {'gelezen':>9}  {'ingelezen':>9}  {'afgewezen':>9}")
        for name, count in self.counts.items():
            lines.append(
                f"{name:<{width}}  {count.read:>9}  {count.imported:>9}  {count.rejected:>9}"
            )
        total_read = sum(count.read for count in self.counts.values())
        lines.append(
            f"{'totaal':<{width}}  {total_read:>9}  {self.imported:>9}  {self.rejected:>9}"
        )
        if self.rejects_path:
            lines.append(f"Afgewezen rijen met regel, kolom en reden: {self.rejects_path}")
        return lines
