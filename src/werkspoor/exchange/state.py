# SPDX-License-Identifier: EUPL-1.2
"""What the import remembers across rows: keys, unique values, periods and rejected rows.

This is how rules that span rows (duplicate codes, references, overlapping periods) are
checked in memory, for the rows of this run and for what the registry already holds.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from functools import cache

from django.contrib.auth import get_user_model
from django.db import models

from werkspoor.registry.models import Inwoner

from .columns import Account, Reference
from .declaration import BoundColumn, ExchangeFile
from .spec import FILES, FILES_BY_NAME

IN_REGISTRY = 0  # "line" of a key, value or period that was in the registry before the import


def _period_text(start: date, end: date | None) -> str:
    return f"{start.isoformat()} tot {end.isoformat() if end else 'lopend'}"


@cache
def _unique_column_sets(file_name: str) -> list[tuple[str, list, str]]:
    exchange_file = FILES_BY_NAME[file_name]
    by_field = {column.column.field_name: column for column in exchange_file.columns}
    found = []
    for constraint in exchange_file.model._meta.constraints:
        if not isinstance(constraint, models.UniqueConstraint) or constraint.condition:
            continue
        if len(constraint.fields) > 1 and all(f in by_field for f in constraint.fields):
            columns = [by_field[f] for f in constraint.fields]
            found.append((constraint.name, columns, str(constraint.violation_error_message)))
    return found


class ImportState:
    def __init__(self):
        self.pks: dict[str, dict[str, int]] = defaultdict(dict)  # file -> key -> pk
        self.lines: dict[str, dict[str, int]] = defaultdict(dict)  # file -> key -> line
        self.rejected: dict[str, dict[str, int]] = defaultdict(dict)  # file -> key -> line
        self.unique: dict[tuple[str, str], dict[object, int]] = defaultdict(dict)
        # (file, constraint name) -> tuple of values -> line, for unique sets of columns
        self.unique_sets: dict[tuple[str, str], dict[tuple, int]] = defaultdict(dict)
        self.periods: dict[str, dict[int, list]] = defaultdict(lambda: defaultdict(list))
        self.existing_rows: dict[str, set[tuple]] = {}
        self.accounts: dict[str, int] = {}
        self.inwoners: set[int] = set()  # the residents the import wrote rows about

    # --- what the registry holds before the import (adding to a non-empty registry) ---

    def load_registry(self) -> None:
        user_model = get_user_model()
        self.accounts = dict(user_model.objects.values_list(user_model.USERNAME_FIELD, "pk"))
        for exchange_file in FILES:
            manager = exchange_file.model._default_manager
            if not manager.exists():
                continue
            if exchange_file.key:
                self._load_keys(exchange_file, manager)
            else:
                attnames = [column.attname for column in exchange_file.columns]
                self.existing_rows[exchange_file.name] = set(manager.values_list(*attnames))
            for column in self.unique_columns(exchange_file):
                seen = self.unique[(exchange_file.name, column.name)]
                for value in manager.exclude(**{column.attname: None}).values_list(
                    column.attname, flat=True
                ):
                    seen[value] = IN_REGISTRY
            for name, columns, _message in self.unique_column_sets(exchange_file):
                seen = self.unique_sets[(exchange_file.name, name)]
                for values in manager.values_list(*[c.attname for c in columns]):
                    seen[values] = IN_REGISTRY
            if getattr(exchange_file.model, "overlap_scope", None):
                periods = self.periods[exchange_file.name]
                for scope, start, end in manager.values_list(
                    "inwoner_id", "startdatum", "einddatum"
                ):
                    periods[scope].append((start, end, IN_REGISTRY))

    def _load_keys(self, exchange_file: ExchangeFile, manager) -> None:
        key_attname = exchange_file.key_column.attname
        pks = self.pks[exchange_file.name]
        lines = self.lines[exchange_file.name]
        for key, pk in manager.values_list(key_attname, "pk").iterator(chunk_size=20_000):
            pks[key] = pk
            lines[key] = IN_REGISTRY

    @staticmethod
    def unique_columns(exchange_file: ExchangeFile) -> list[BoundColumn]:
        return [
            column
            for column in exchange_file.columns
            if column.model_field.unique and column.name != exchange_file.key
        ]

    @staticmethod
    def unique_column_sets(exchange_file: ExchangeFile) -> list[tuple[str, list, str]]:
        """(name, columns, message) of every unconditional unique constraint over several of
        the file's columns (one U-pas per resident per pass year, for instance)."""
        return _unique_column_sets(exchange_file.name)

    # --- checks, each returning a Dutch reason or None ---

    def resolve(self, column: BoundColumn, value: str) -> tuple[int | None, str | None]:
        """(primary key, None) for a known reference, (None, reason) otherwise."""
        kind = column.kind
        if isinstance(kind, Account):
            if value in self.accounts:
                return self.accounts[value], None
            return None, (
                f"Er is geen gebruikersaccount '{value}'; maak het eerst aan of laat de kolom leeg."
            )
        assert isinstance(kind, Reference)
        if value in self.pks[kind.target]:
            return self.pks[kind.target][value], None
        if value in self.rejected[kind.target]:
            line = self.rejected[kind.target][value]
            return None, (
                f"{column.name} '{value}' verwijst naar een afgewezen rij "
                f"({kind.target} regel {line})."
            )
        if kind.creates_missing:
            return None, None
        return (
            None,
            f"{column.name} '{value}' staat niet in {kind.target} en niet in de registratie.",
        )

    def duplicate_key(self, exchange_file: ExchangeFile, key: str) -> str | None:
        line = self.lines[exchange_file.name].get(key)
        if line is None:
            return None
        if line == IN_REGISTRY:
            return (
                f"{exchange_file.key} '{key}' bestaat al in de registratie; gebruik --vervang om "
                "de registratie eerst te legen."
            )
        return (
            f"{exchange_file.key} '{key}' staat ook op regel {line}; die eerste rij is ingelezen."
        )

    def duplicate_value(
        self, exchange_file: ExchangeFile, column: BoundColumn, value
    ) -> str | None:
        line = self.unique[(exchange_file.name, column.name)].get(value)
        if line is None:
            return None
        where = "in de registratie" if line == IN_REGISTRY else f"op regel {line}"
        return f"Deze waarde van {column.name} is uniek en komt al voor {where}."

    def duplicate_set(self, exchange_file: ExchangeFile, instance) -> list[tuple[str, str]]:
        """(column, reason) for each unique set of columns this row repeats."""
        problems = []
        for name, columns, message in self.unique_column_sets(exchange_file):
            values = tuple(getattr(instance, column.attname) for column in columns)
            line = self.unique_sets[(exchange_file.name, name)].get(values)
            if line is None or None in values:
                continue
            where = "in de registratie" if line == IN_REGISTRY else f"op regel {line}"
            problems.append((columns[-1].name, f"{message.rstrip('.')} (staat al {where})."))
        return problems

    def overlap(self, exchange_file: ExchangeFile, instance) -> str | None:
        start, end = instance.startdatum, instance.einddatum
        for other_start, other_end, line in self.periods[exchange_file.name][instance.inwoner_id]:
            if (other_end is None or start < other_end) and (end is None or other_start < end):
                where = "een periode in de registratie" if line == IN_REGISTRY else f"regel {line}"
                return (
                    f"{instance.overlap_message} (botst met {where}: "
                    f"{_period_text(other_start, other_end)})."
                )
        return None

    def already_registered(self, exchange_file: ExchangeFile, instance) -> str | None:
        rows = self.existing_rows.get(exchange_file.name)
        if not rows:
            return None
        values = tuple(getattr(instance, column.attname) for column in exchange_file.columns)
        if values in rows:
            return (
                "Precies deze rij staat al in de registratie; gebruik --vervang om opnieuw "
                "in te lezen."
            )
        return None

    # --- remembering the outcome of a row ---

    def accept(self, exchange_file: ExchangeFile, instance, line: int, key: str | None) -> None:
        if key is not None:
            self.lines[exchange_file.name][key] = line
        for column in self.unique_columns(exchange_file):
            value = getattr(instance, column.attname)
            if value is not None:
                self.unique[(exchange_file.name, column.name)][value] = line
        for name, columns, _message in self.unique_column_sets(exchange_file):
            values = tuple(getattr(instance, column.attname) for column in columns)
            self.unique_sets[(exchange_file.name, name)].setdefault(values, line)
        if getattr(instance, "overlap_scope", None):
            self.periods[exchange_file.name][instance.inwoner_id].append(
                (instance.startdatum, instance.einddatum, line)
            )

    def reject(self, exchange_file: ExchangeFile, key: str | None, line: int) -> None:
        if key and key not in self.lines[exchange_file.name]:
            self.rejected[exchange_file.name].setdefault(key, line)

    def note_residents(self, exchange_file: ExchangeFile, instances) -> None:
        if exchange_file.model is Inwoner:
            self.inwoners.update(self.pks[exchange_file.name].values())
            return
        self.inwoners.update(
            i.inwoner_id for i in instances if getattr(i, "inwoner_id", None) is not None
        )

    def remember_pks(self, exchange_file: ExchangeFile, instances) -> None:
        key_attname = exchange_file.key_column.attname
        pks = self.pks[exchange_file.name]
        if any(instance.pk is None for instance in instances):  # no RETURNING on this database
            keys = [getattr(instance, key_attname) for instance in instances]
            manager = exchange_file.model._default_manager
            pks.update(
                manager.filter(**{f"{key_attname}__in": keys}).values_list(key_attname, "pk")
            )
            return
        for instance in instances:
            pks[getattr(instance, key_attname)] = instance.pk
