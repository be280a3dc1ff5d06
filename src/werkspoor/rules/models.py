# SPDX-License-Identifier: EUPL-1.2
"""Registered vrijwilligersvergoeding per resident per month (rule 4 needs the history)."""

from django.db import models
from django.db.models import Q


class VrijwilligersvergoedingRegistratie(models.Model):
    """The volunteer allowance a resident received in one calendar month, as reported."""

    inwoner = models.ForeignKey(
        "registry.Inwoner", on_delete=models.CASCADE, related_name="vrijwilligersvergoedingen"
    )
    maand = models.DateField(
        help_text="De eerste dag van de maand waarin de vergoeding is ontvangen."
    )
    bedrag = models.DecimalField(max_digits=9, decimal_places=2)
    kosten_aangetoond = models.DecimalField(
        max_digits=9,
        decimal_places=2,
        default=0,
        help_text="Werkelijk gemaakte kosten waarvoor bewijs is geleverd.",
    )

    class Meta:
        verbose_name = "vrijwilligersvergoeding"
        verbose_name_plural = "vrijwilligersvergoedingen"
        ordering = ["inwoner", "maand"]
        constraints = [
            models.UniqueConstraint(
                fields=["inwoner", "maand"],
                name="rules_vrijwilligersvergoeding_een_per_maand",
                violation_error_message=(
                    "Voor deze inwoner is deze maand al een vergoeding geregistreerd."
                ),
            ),
            models.CheckConstraint(
                condition=Q(bedrag__gte=0) & Q(kosten_aangetoond__gte=0),
                name="rules_vrijwilligersvergoeding_niet_negatief",
                violation_error_message="Bedrag en kosten kunnen niet negatief zijn.",
            ),
        ]

    def save(self, *args, **kwargs):
        self.maand = self.maand.replace(day=1)
        super().save(*args, **kwargs)

    def __str__(self):
        return f"Vrijwilligersvergoeding {self.maand:%Y-%m}"
