# SPDX-License-Identifier: EUPL-1.2
"""The registry's own rules applied to one row in Python, before anything is inserted.

The check constraints declared on the models are evaluated here with SQL's three-valued
logic (a check that comes out NULL passes, as in the database), so the import rejects
exactly what the database would refuse, with the model's own Dutch message.
"""

from __future__ import annotations

import operator

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q

from .columns import Account, Reference, validator_messages
from .declaration import ExchangeFile

_COMPARISONS = {
    "exact": operator.eq,
    "gt": operator.gt,
    "gte": operator.ge,
    "lt": operator.lt,
    "lte": operator.le,
}


def _value(instance: models.Model, name: str):
    return getattr(instance, instance._meta.get_field(name).attname)


def _all(results: list[bool | None]) -> bool | None:
    if False in results:
        return False
    return None if None in results else True


def _any(results: list[bool | None]) -> bool | None:
    if True in results:
        return True
    return None if None in results else False


def evaluate(node, instance: models.Model) -> bool | None:
    """Evaluate a constraint's Q against an unsaved instance; None is SQL's unknown."""
    if isinstance(node, Q):
        results = [evaluate(child, instance) for child in node.children]
        result = _all(results) if node.connector == Q.AND else _any(results)
        if node.negated and result is not None:
            return not result
        return result
    lookup, expected = node
    name, _, operation = lookup.partition("__")
    actual = _value(instance, name)
    if isinstance(expected, F):
        expected = _value(instance, expected.name)
    if operation == "isnull":
        return (actual is None) == expected
    if operation not in ("", *_COMPARISONS):
        raise NotImplementedError(f"lookup '{operation}' in constraint is not supported")
    if actual is None or expected is None:
        return None
    return _COMPARISONS[operation or "exact"](actual, expected)


def referenced_fields(node) -> list[str]:
    if isinstance(node, Q):
        return [name for child in node.children for name in referenced_fields(child)]
    lookup, expected = node
    names = [lookup.partition("__")[0]]
    if isinstance(expected, F):
        names.append(expected.name)
    return names


def _blamed_column(exchange_file: ExchangeFile, field_names: list[str]) -> str:
    """The column a broken rule is reported on: the last of the file's columns it names."""
    by_field = {column.column.field_name: column.name for column in exchange_file.columns}
    named = [by_field[name] for name in field_names if name in by_field]
    order = exchange_file.column_names
    return max(named, key=order.index) if named else ""


def _constraint_problems(exchange_file, instance) -> list[tuple[str, str]]:
    problems = []
    for constraint in exchange_file.model._meta.constraints:
        if not isinstance(constraint, models.CheckConstraint):
            continue
        if evaluate(constraint.condition, instance) is False:
            column = _blamed_column(exchange_file, referenced_fields(constraint.condition))
            problems.append((column, str(constraint.get_violation_error_message())))
    return problems


def _clean_problems(exchange_file, instance) -> list[tuple[str, str]]:
    # A period model's clean() asks the database about overlaps; the importer checks
    # those across the whole file in memory, and end-after-start is a check constraint.
    if getattr(instance, "overlap_scope", None):
        return []
    try:
        instance.clean()
    except ValidationError as error:
        if not hasattr(error, "error_dict"):
            return [("", message) for message in error.messages]
        by_field = {column.column.field_name: column.name for column in exchange_file.columns}
        return [
            (by_field.get(name, ""), message)
            for name, errors in error.message_dict.items()
            for message in errors
        ]
    return []


def _validator_problems(exchange_file, instance) -> list[tuple[str, str]]:
    problems = []
    for column in exchange_file.columns:
        if isinstance(column.kind, Reference | Account):
            continue
        value = getattr(instance, column.attname)
        problems += [(column.name, m) for m in validator_messages(column.model_field, value)]
    return problems


def rule_problems(exchange_file: ExchangeFile, instance: models.Model) -> list[tuple[str, str]]:
    """(column, message) for every model rule the row breaks; one message per column."""
    problems, seen = [], set()
    for column, message in (
        _constraint_problems(exchange_file, instance)
        + _clean_problems(exchange_file, instance)
        + _validator_problems(exchange_file, instance)
    ):
        if column not in seen:
            seen.add(column)
            problems.append((column, message))
    return problems
