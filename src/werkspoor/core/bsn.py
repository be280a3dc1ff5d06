# SPDX-License-Identifier: EUPL-1.2
"""The burgerservicenummer and its elfproef (weights 9..2 and -1 over nine digits)."""

from django.core.exceptions import ValidationError


def is_valid_bsn(value: str) -> bool:
    if len(value) != 9 or not value.isdigit() or value == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(digit) * weight for digit, weight in zip(value, weights, strict=True)) % 11 == 0


def validate_bsn(value: str) -> None:
    if not is_valid_bsn(value):
        raise ValidationError(
            "Dit is geen geldig burgerservicenummer: het moet uit 9 cijfers bestaan en de "
            "elfproef doorstaan.",
            code="bsn",
        )
