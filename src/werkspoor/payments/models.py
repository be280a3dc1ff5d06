# SPDX-License-Identifier: EUPL-1.2
"""Payments (betalingen): what the municipality paid a resident for one regeling in one
calendar month. A month may hold several payments (a correction, a recovery as a negative
amount); the lasten of a period are their sum. The financial system is the source; Werkspoor
checks the benefit payments against the rules (controle.py) and reports the lasten."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models

from werkspoor.applications.choices import AanvraagRegeling
from werkspoor.registry.models import ExternalIdMixin, Inwoner


def first_of_month(value) -> None:
    if value is not None and value.day != 1:
        raise ValidationError("Een betaalmaand is de eerste dag van de maand.")


class Betaling(ExternalIdMixin):
    inwoner = models.ForeignKey(Inwoner, on_delete=models.PROTECT, related_name="betalingen")
    regeling = models.CharField(max_length=24, choices=AanvraagRegeling.choices)
    maand = models.DateField(
        validators=[first_of_month], help_text="De maand waarover is betaald (eerste dag)."
    )
    bedrag = models.DecimalField(
        max_digits=12, decimal_places=2, help_text="In euro; negatief bij een terugvordering."
    )

    class Meta:
        verbose_name = "betaling"
        verbose_name_plural = "betalingen"
        indexes = [models.Index(fields=["maand", "regeling"])]
        permissions = [("view_controle", "Ziet de controle van betalingen tegen de regels")]

    def __str__(self):
        return f"Betaling {self.external_id} ({self.maand:%Y-%m})"
