# SPDX-License-Identifier: EUPL-1.2
"""A vervanging: during [startdatum, einddatum) `vervanger` may read and write the files of
the residents assigned to `afwezige`. Set by the teamleider of both; the only way for a
werkcoach to write in a file outside their caseload (inzage met reden is read only)."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from werkspoor.registry.models import Werkcoach


class Vervanging(models.Model):
    vervanger = models.ForeignKey(Werkcoach, on_delete=models.PROTECT, related_name="vervangingen")
    afwezige = models.ForeignKey(Werkcoach, on_delete=models.PROTECT, related_name="vervangen_door")
    startdatum = models.DateField()
    einddatum = models.DateField(help_text="de eerste dag zonder vervanging")
    reden = models.CharField(max_length=200)
    ingesteld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    ingesteld_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "vervanging"
        verbose_name_plural = "vervangingen"
        ordering = ["-startdatum", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(einddatum__gt=F("startdatum")), name="vervanging_periode_niet_leeg"
            ),
            models.CheckConstraint(
                condition=~Q(vervanger=F("afwezige")), name="vervanging_niet_zichzelf"
            ),
        ]
        indexes = [models.Index(fields=["vervanger", "afwezige", "startdatum"])]

    def __str__(self):
        return f"{self.vervanger} vervangt {self.afwezige}"
