# SPDX-License-Identifier: EUPL-1.2
"""The building blocks of the format's declaration: a column, a column bound to its model
field, and a file. The declaration itself is in spec.py."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import models

from .columns import Kind, kind_for


@dataclass(frozen=True)
class Column:
    name: str
    field_name: str
    meaning: str
    required: bool = True  # the column must be in the header (the minimum set)
    reference: Kind | None = None

    def bind(self, model: type[models.Model]) -> BoundColumn:
        model_field = model._meta.get_field(self.field_name)
        return BoundColumn(self, model_field, kind_for(model_field, self.reference))


@dataclass(frozen=True)
class BoundColumn:
    column: Column
    model_field: models.Field
    kind: Kind

    @property
    def name(self) -> str:
        return self.column.name

    @property
    def required(self) -> bool:
        return self.column.required

    @property
    def attname(self) -> str:
        return self.model_field.attname

    def empty_value(self):
        """The value of an empty cell; raises LookupError when the cell must be filled."""
        model_field = self.model_field
        if model_field.null:
            return None
        if model_field.blank and model_field.get_internal_type() in ("CharField", "TextField"):
            return ""
        if not self.required and model_field.has_default():
            return model_field.get_default()
        raise LookupError(self.name)

    def empty_meaning(self) -> str | None:
        """How the documentation says what an empty cell means (None: not allowed)."""
        try:
            value = self.empty_value()
        except LookupError:
            return None
        return "mag leeg" if value in (None, "") else f"leeg = {self.kind.format(value)}"


@dataclass(frozen=True)
class ExchangeFile:
    name: str
    model: type[models.Model]
    meaning: str
    declared: tuple[Column, ...]
    key: str | None = None  # the column that identifies a row and that other files refer to
    sort: tuple[str, ...] = ()  # export order; the remaining columns break ties
    # Rules across records that no constraint can state: f(instance, cache) -> [(column,
    # message)], `cache` a dict kept for the whole file (for lookups made once).
    row_checks: tuple = ()
    columns: tuple[BoundColumn, ...] = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "columns", tuple(c.bind(self.model) for c in self.declared))
        if self.key and not self.sort:
            object.__setattr__(self, "sort", (self.key,))

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]

    @property
    def required_names(self) -> list[str]:
        return [column.name for column in self.columns if column.required]

    def column(self, name: str) -> BoundColumn:
        return next(column for column in self.columns if column.name == name)

    @property
    def key_column(self) -> BoundColumn | None:
        return self.column(self.key) if self.key else None
