# SPDX-License-Identifier: EUPL-1.2
"""Importing an exchange folder: row by row validation, bulk inserts, a rejects report.

Every row is checked in Python against the registry's own rules (see rules.py and
state.py); valid rows are inserted in batches in dependency order inside one transaction,
rejected rows are reported with file, line, column and reason. Nothing is dropped silently.
"""

from __future__ import annotations

import os
import sys
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from django.db import IntegrityError, transaction
from tqdm import tqdm

from werkspoor.logbook.services import record
from werkspoor.registry import name_index
from werkspoor.registry.integrity import explain_integrity_error

from .columns import Account, CellError, Reference, validator_messages
from .declaration import ExchangeFile
from .reader import UnusableInput, count_lines_and_check_encoding, open_table
from .report import ImportReport, Problem, Reject
from .rules import rule_problems
from .spec import FILES, FILES_BY_NAME, REJECTS_NAME
from .state import ImportState

BATCH_SIZE = 5_000


class ImportAborted(Exception):
    """The database refused a batch that passed validation; the whole import is undone."""


@dataclass
class ImportOptions:
    replace: bool = False  # --vervang: empty the registry first
    rejects_path: Path | None = None  # default: DIR/afgewezen.csv
    progress: bool = True
    batch_size: int = BATCH_SIZE


def empty_registry() -> None:
    """Delete everything the exchange format carries, dependants first."""
    for exchange_file in reversed(FILES):
        exchange_file.model._default_manager.all().delete()


def import_directory(directory: Path, options: ImportOptions | None = None) -> ImportReport:
    options = options or ImportOptions()
    directory = Path(directory)
    if not directory.is_dir():
        raise UnusableInput(f"De map '{directory}' bestaat niet.")
    report = ImportReport()
    files = files_in(directory)
    present = [f for f in FILES if f.name in files]
    report.found = [files[f.name].name for f in present]
    report.absent = [f.name for f in FILES if f not in present]
    if not present:
        raise UnusableInput(
            f"In '{directory}' staat geen enkel bestand van het uitwisselformaat "
            "(zoals inwoners.csv); zie docs/uitwisselformaat.md."
        )
    _check_rejects_writable(options.rejects_path or directory / REJECTS_NAME)
    _warn_about_unknown_files(files, report)
    lines = {f.name: count_lines_and_check_encoding(files[f.name]) for f in present}
    tables = [open_table(files[f.name], f) for f in present]  # headers checked up front
    bar = tqdm(
        total=max(sum(lines.values()) - len(present), 0),
        unit=" rijen",
        file=sys.stderr,
        disable=not (options.progress and sys.stderr.isatty()),
        desc="import",
    )
    try:
        with transaction.atomic(), _name_index_for(options):
            if options.replace:
                empty_registry()
            state = ImportState()
            state.load_registry()
            for table in tables:
                _FileImport(table, state, report, bar, options.batch_size).run()
            # Logboek Dataverwerkingen: a line for every resident the import wrote about.
            record("registratie-inlezen", sorted(state.inwoners), "Registratie inlezen")
    except IntegrityError as error:
        raise ImportAborted(
            "De database weigerde een rij die de controle doorstond; er is niets ingelezen: "
            f"{explain_integrity_error(error)}"
        ) from error
    finally:
        bar.close()
        for table in tables:
            table._handle.close()
    _write_rejects(directory, options, report)
    return report


def _name_index_for(options: ImportOptions):
    """Replacing the registry refills the name index once; adding to it keeps it row by row
    (refilling would read every resident already there)."""
    return name_index.bulk_load() if options.replace else nullcontext()


def _check_rejects_writable(path: Path) -> None:
    folder = next((p for p in [path.parent, *path.parent.parents] if p.exists()), Path("."))
    writable = os.access(path, os.W_OK) if path.exists() else os.access(folder, os.W_OK)
    if not writable:
        raise UnusableInput(
            f"Het rapport van afgewezen rijen kan niet in '{path}' worden geschreven; "
            "kies een andere plek met --afgewezen PAD."
        )


def files_in(directory: Path) -> dict[str, Path]:
    """The folder's files by lower-case name: `Inwoners.CSV` is `inwoners.csv` (spreadsheet
    programs and other systems do not keep case). Two files that differ only in case are
    refused: which one was meant cannot be told."""
    files: dict[str, Path] = {}
    for path in sorted(directory.iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        key = path.name.lower()
        if key in files:
            raise UnusableInput(
                f"In '{directory}' staan {files[key].name} en {path.name}: dezelfde naam in "
                "andere hoofdletters. Laat er één staan."
            )
        files[key] = path
    return files


def _warn_about_unknown_files(files: dict[str, Path], report: ImportReport) -> None:
    for key, path in files.items():
        if key not in FILES_BY_NAME and key != REJECTS_NAME:
            report.warnings.append(
                f"{path.name} hoort niet bij het uitwisselformaat en is overgeslagen."
            )


def _write_rejects(directory: Path, options: ImportOptions, report: ImportReport) -> None:
    path = options.rejects_path or directory / REJECTS_NAME
    if report.rejects:
        report.write_rejects(path)
    elif options.rejects_path is None and path.exists():
        path.unlink()  # the report of an earlier run would now be misleading


class _FileImport:
    """The import of one file: parse, check, batch and insert its rows."""

    def __init__(self, table, state: ImportState, report: ImportReport, bar, batch_size: int):
        self.table, self.state, self.report, self.bar = table, state, report, bar
        self.file: ExchangeFile = table.exchange_file
        self.count = report.count(self.file.name)
        self.batch_size = batch_size
        self.batch: list = []
        positions = {name: index for index, name in enumerate(table.header)}
        self.present = [(c, positions[c.name]) for c in self.file.columns if c.name in positions]
        self.key_column = self.file.key_column
        self.check_cache: dict = {}

    def run(self) -> None:
        if self.table.unknown_columns:
            names = ", ".join(f"'{name}'" for name in self.table.unknown_columns)
            self.report.warnings.append(
                f"{self.file.name}: onbekende kolom(men) {names} niet ingelezen."
            )
        pending = 0
        for line, cells in self.table.rows():
            self.count.read += 1
            self._row(line, cells)
            pending += 1
            if len(self.batch) >= self.batch_size:
                self._flush()
            if pending >= 1000:
                self.bar.update(pending)
                pending = 0
        self._flush()
        self.bar.update(pending)

    def _row(self, line: int, cells: list[str]) -> None:
        header = self.table.header
        if len(cells) != len(header):
            problem = Problem(
                "", f"De rij heeft {len(cells)} velden; de kopregel heeft er {len(header)}."
            )
            return self._reject(line, cells, [problem], None)
        values, problems = self._parse(cells)
        key = values.get(self.key_column.attname) if self.key_column else None
        if problems:
            return self._reject(line, cells, problems, key)
        instance = self.file.model(**values)
        problems = [
            Problem(column, reason) for column, reason in rule_problems(self.file, instance)
        ]
        problems += self._cross_row_problems(instance, key)
        if problems:
            return self._reject(line, cells, problems, key)
        self.state.accept(self.file, instance, line, key)
        self.batch.append(instance)

    def _parse(self, cells: list[str]) -> tuple[dict, list[Problem]]:
        values, problems = {}, []
        for column, index in self.present:
            text = cells[index]
            if column.kind.strip:
                text = text.strip()
            try:
                values[column.attname] = self._value(column, text)
            except CellError as error:
                problems.append(Problem(column.name, str(error)))
        return values, problems

    def _value(self, column, text: str):
        if text == "":
            try:
                return column.empty_value()
            except LookupError:
                raise CellError("Deze kolom mag niet leeg zijn.") from None
        value = column.kind.parse(text)
        if isinstance(column.kind, Reference | Account):
            pk, reason = self.state.resolve(column, value)
            if reason:
                raise CellError(reason)
            if pk is None:
                pk = self._create_missing(column, value)
            return pk
        return value

    def _create_missing(self, column, value: str) -> int:
        target = FILES_BY_NAME[column.kind.target]
        key_column = target.key_column
        messages = validator_messages(key_column.model_field, value)
        if messages:
            raise CellError(messages[0])
        instance = target.model._default_manager.create(**{key_column.attname: value})
        self.state.remember_pks(target, [instance])
        return instance.pk

    def _cross_row_problems(self, instance, key) -> list[Problem]:
        state, problems = self.state, []
        if key is not None and (reason := state.duplicate_key(self.file, key)):
            problems.append(Problem(self.file.key, reason))
        for column in state.unique_columns(self.file):
            value = getattr(instance, column.attname)
            if value is not None and (reason := state.duplicate_value(self.file, column, value)):
                problems.append(Problem(column.name, reason))
        problems += [Problem(c, reason) for c, reason in state.duplicate_set(self.file, instance)]
        if getattr(instance, "overlap_scope", None) and (
            reason := state.overlap(self.file, instance)
        ):
            problems.append(Problem("startdatum", reason))
        if not self.file.key and (reason := state.already_registered(self.file, instance)):
            problems.append(Problem("", reason))
        for check in self.file.row_checks:
            problems += [Problem(c, reason) for c, reason in check(instance, self.check_cache)]
        return problems

    def _reject(self, line: int, cells: list[str], problems: list[Problem], key) -> None:
        self.state.reject(self.file, key, line)
        self.report.reject(Reject(self.file.name, line, self.table.header, cells, problems))

    def _flush(self) -> None:
        if not self.batch:
            return
        self.file.model._default_manager.bulk_create(self.batch, batch_size=self.batch_size)
        if self.file.key:
            self.state.remember_pks(self.file, self.batch)
        self.state.note_residents(self.file, self.batch)
        self.count.imported += len(self.batch)
        self.batch = []
