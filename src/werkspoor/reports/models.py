# SPDX-License-Identifier: EUPL-1.2
"""The precomputed figures: public pages never compute, they read a complete batch of
published cells (`Berekening`), one row per period and threshold (`Cijferset`). A batch
remembers the registry's horizon it was computed for; it is the horizon the pages show."""

from django.db import models


class Berekening(models.Model):
    """One precomputation of every period within the horizon."""

    gestart = models.DateTimeField()
    klaar = models.DateTimeField(null=True, blank=True)
    eerste_datum = models.DateField()
    stand = models.DateField()
    seconden = models.FloatField(default=0)

    class Meta:
        verbose_name = "berekening"
        verbose_name_plural = "berekeningen"
        ordering = ["-id"]

    def __str__(self):
        return f"Berekening {self.pk} (stand {self.stand})"


class Cijferset(models.Model):
    """The published cells of one period at one threshold (0: without disclosure control),
    as zlib-compressed JSON rows [indicator, sleutel, waarde, onderdrukt]."""

    berekening = models.ForeignKey(Berekening, on_delete=models.CASCADE, related_name="sets")
    periode = models.CharField(max_length=16)
    drempel = models.PositiveSmallIntegerField()
    cellen = models.BinaryField()

    class Meta:
        verbose_name = "cijferset"
        verbose_name_plural = "cijfersets"
        constraints = [
            models.UniqueConstraint(
                fields=["berekening", "periode", "drempel"], name="reports_cijferset_uniek"
            )
        ]
