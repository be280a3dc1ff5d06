# SPDX-License-Identifier: EUPL-1.2
"""Column kinds of the exchange format: how one CSV cell is read, written and described.

A column's kind follows from the model field it fills, so the model stays the one source
of lengths, code lists and validators; the kind adds only the text form (ISO dates, ja/nee).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import models

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?\d+(\.\d+)?$")
JA, NEE = "ja", "nee"


class CellError(ValueError):
    """A cell that cannot be read; the message is one Dutch sentence for the user."""


class Kind:
    """How a non-empty cell becomes a value and back. Subclasses describe themselves."""

    strip = True

    def parse(self, text: str):
        raise NotImplementedError

    def format(self, value) -> str:
        return str(value)

    def describe(self) -> str:
        raise NotImplementedError


class Text(Kind):
    strip = False

    def parse(self, text: str) -> str:
        if "\x00" in text:
            raise CellError("De tekst bevat een nul-teken (\\x00); dat kan niet worden opgeslagen.")
        return text

    def describe(self) -> str:
        return "tekst"


class Identifier(Kind):
    def parse(self, text: str) -> str:
        return text

    def describe(self) -> str:
        return "code (tekst zonder spaties aan begin of eind)"


class Date(Kind):
    def parse(self, text: str) -> date:
        if not _ISO_DATE.match(text):
            raise CellError(f"'{text}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2021-03-31.")
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise CellError(f"'{text}' is geen bestaande datum.") from None

    def format(self, value: date) -> str:
        return value.isoformat()

    def describe(self) -> str:
        return "datum JJJJ-MM-DD"


class Month(Kind):
    """A calendar month as JJJJ-MM, stored as its first day."""

    _PATTERN = re.compile(r"^(\d{4})-(\d{2})$")

    def parse(self, text: str) -> date:
        match = self._PATTERN.match(text)
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise CellError(f"'{text}' is geen maand; schrijf JJJJ-MM, bijvoorbeeld 2024-07.")
        return date(int(match.group(1)), int(match.group(2)), 1)

    def format(self, value: date) -> str:
        return f"{value.year:04d}-{value.month:02d}"

    def describe(self) -> str:
        return "maand JJJJ-MM"


class Boolean(Kind):
    def parse(self, text: str) -> bool:
        lowered = text.lower()
        if lowered not in (JA, NEE):
            raise CellError(f"'{text}' is geen ja of nee.")
        return lowered == JA

    def format(self, value: bool) -> str:
        return JA if value else NEE

    def describe(self) -> str:
        return "`ja` of `nee`"


class Integer(Kind):
    def parse(self, text: str) -> int:
        if not _INTEGER.match(text):
            raise CellError(f"'{text}' is geen geheel getal.")
        return int(text)

    def describe(self) -> str:
        return "geheel getal"


@dataclass
class DecimalNumber(Kind):
    places: int

    def parse(self, text: str) -> Decimal:
        if not _DECIMAL.match(text):
            hint = " (schrijf een punt, geen komma)" if "," in text else ""
            raise CellError(f"'{text}' is geen bedrag{hint}; bijvoorbeeld 1234.50.")
        try:
            return Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern already excludes this
            raise CellError(f"'{text}' is geen bedrag.") from None

    def format(self, value: Decimal) -> str:
        return str(Decimal(value).quantize(Decimal(1).scaleb(-self.places)))

    def describe(self) -> str:
        return f"bedrag met een punt en {self.places} decimalen, bijvoorbeeld 1234.50"


@dataclass
class Code(Kind):
    """A value from the model field's code list (TextChoices or IntegerChoices)."""

    choices: list[tuple[object, str]]
    codes: dict[str, object] = field(init=False)

    def __post_init__(self):
        self.codes = {str(value): value for value, _label in self.choices}

    def parse(self, text: str):
        if text not in self.codes:
            raise CellError(f"Onbekende code '{text}'; kies uit: {', '.join(self.codes)}.")
        return self.codes[text]

    def describe(self) -> str:
        return "code: " + ", ".join(_code_with_label(value, label) for value, label in self.choices)


def _code_with_label(value, label: str) -> str:
    plain = str(value).replace("_", " ").lower()
    if label.lower() in (plain, str(value).lower()):
        return f"`{value}`"
    return f"`{value}` = {label}"


@dataclass
class Reference(Kind):
    """The key of a row in another file (or of a record already in the registry)."""

    target: str  # the file whose key is referred to, e.g. "inwoners.csv"
    creates_missing: bool = False  # a team named here need not be listed in teams.csv

    def parse(self, text: str) -> str:
        return text

    def describe(self) -> str:
        return f"verwijzing naar {self.target}"


@dataclass
class Account(Kind):
    """The username of an existing user account (accounts are managed in the app)."""

    def parse(self, text: str) -> str:
        return text

    def describe(self) -> str:
        return "gebruikersnaam van een bestaand account"


def kind_for(model_field: models.Field, reference: Reference | None = None) -> Kind:
    """The kind that writes and reads `model_field` in the exchange format."""
    if reference is not None:
        return reference
    if model_field.choices:
        return Code(list(model_field.flatchoices))
    if isinstance(model_field, models.DateField):
        return Date()
    if isinstance(model_field, models.BooleanField):
        return Boolean()
    if isinstance(model_field, models.DecimalField):
        return DecimalNumber(model_field.decimal_places)
    if isinstance(model_field, models.IntegerField):
        return Integer()
    if model_field.name == "external_id":
        return Identifier()
    return Text()


def validator_messages(model_field: models.Field, value) -> list[str]:
    """The field's own validators (lengths, BSN elfproef, ranges) as Dutch messages."""
    try:
        model_field.run_validators(value)
    except ValidationError as error:
        return [str(message) for message in error.messages]
    return []
