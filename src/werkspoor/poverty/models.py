# SPDX-License-Identifier: EUPL-1.2
"""The U-pas: one pass per resident per pass year, with its credit and what was spent.

A pass year starts on 1 July: pass year 2022 runs from 2022-07-01 up to (not including)
2023-07-01. Amounts are euros with cents."""

from datetime import date

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q

from werkspoor.registry.models import ExternalIdMixin, Inwoner

PASJAAR_START = (7, 1)  # month, day


def pasjaar_op(day: date) -> int:
    """The pass year running on `day`."""
    return day.year if (day.month, day.day) >= PASJAAR_START else day.year - 1


def pasjaar_periode(pasjaar: int) -> tuple[date, date]:
    """[first day, first day of the next pass year)."""
    return date(pasjaar, *PASJAAR_START), date(pasjaar + 1, *PASJAAR_START)


class UPas(ExternalIdMixin):
    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="upassen")
    pasjaar = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text="Het jaar waarin het pasjaar op 1 juli begint.",
    )
    tegoed = models.DecimalField(max_digits=9, decimal_places=2, help_text="Tegoed in euro.")
    besteed = models.DecimalField(
        max_digits=9, decimal_places=2, help_text="Besteed van het tegoed, in euro."
    )

    class Meta:
        verbose_name = "U-pas"
        verbose_name_plural = "U-passen"
        indexes = [models.Index(fields=["pasjaar"])]
        constraints = [
            models.UniqueConstraint(
                fields=["inwoner", "pasjaar"],
                name="poverty_upas_een_per_pasjaar",
                violation_error_message="Deze inwoner heeft in dit pasjaar al een U-pas.",
            ),
            models.CheckConstraint(
                condition=Q(pasjaar__gte=2000) & Q(pasjaar__lte=2100),
                name="poverty_upas_pasjaar",
                violation_error_message="Het pasjaar ligt tussen 2000 en 2100.",
            ),
            models.CheckConstraint(
                condition=Q(tegoed__gte=0) & Q(besteed__gte=0),
                name="poverty_upas_bedragen_niet_negatief",
                violation_error_message="Tegoed en besteding kunnen niet negatief zijn.",
            ),
            models.CheckConstraint(
                condition=Q(besteed__lte=F("tegoed")),
                name="poverty_upas_besteed_binnen_tegoed",
                violation_error_message="Er kan niet meer besteed zijn dan het tegoed.",
            ),
        ]

    def __str__(self):
        return f"U-pas {self.external_id} ({self.pasjaar}/{self.pasjaar + 1})"

    @property
    def aandeel_besteed(self):
        return self.besteed / self.tegoed if self.tegoed else None
