# SPDX-License-Identifier: EUPL-1.2
"""One value of a reference series: which indicator it compares with (`reeks`), for which
area, in which period, with its unit and the published source it comes from."""

from django.db import models


class Referentiewaarde(models.Model):
    reeks = models.CharField(max_length=64)
    gebied = models.CharField(max_length=100)
    periode = models.CharField(max_length=16)
    waarde = models.DecimalField(max_digits=16, decimal_places=4)
    eenheid = models.CharField(max_length=100)
    bron = models.TextField()
    ingelezen_op = models.DateTimeField()
    ingelezen_door = models.CharField(max_length=150, blank=True, default="")

    class Meta:
        verbose_name = "referentiewaarde"
        verbose_name_plural = "referentiewaarden"
        ordering = ["reeks", "gebied", "periode"]
        constraints = [
            models.UniqueConstraint(
                fields=["reeks", "gebied", "periode"], name="referenties_een_waarde_per_periode"
            )
        ]
        permissions = [("importeer_referenties", "Mag referentiereeksen inlezen")]

    def __str__(self):
        return f"{self.reeks} {self.gebied} {self.periode}: {self.waarde}"
