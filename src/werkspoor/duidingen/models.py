# SPDX-License-Identifier: EUPL-1.2
"""A duiding is the explanation of one Dashboard tile (or of the quarter as a whole) in one
quarter. Every save is a new version that keeps its author and time; a version is published
once a second beleid user approves it, and the latest approved version is what the public
dashboard, the PDF and the raadsbrief show."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q

ALGEMEEN = "algemeen"  # the quarter as a whole: the letter's opening explanation


class Duiding(models.Model):
    kwartaal = models.CharField(max_length=8)
    tegel = models.CharField(max_length=64)

    class Meta:
        verbose_name = "duiding"
        verbose_name_plural = "duidingen"
        constraints = [
            models.UniqueConstraint(fields=["kwartaal", "tegel"], name="duidingen_een_per_tegel")
        ]
        permissions = [
            ("schrijf_duiding", "Mag duiding schrijven"),
            ("keur_duiding_goed", "Mag duiding van een ander goedkeuren"),
        ]
        default_permissions = ("view",)

    def __str__(self):
        return f"Duiding {self.tegel} {self.kwartaal}"


class DuidingVersie(models.Model):
    duiding = models.ForeignKey(Duiding, on_delete=models.PROTECT, related_name="versies")
    nummer = models.PositiveIntegerField()
    tekst = models.TextField()
    auteur = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    geschreven_op = models.DateTimeField()
    goedgekeurd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    goedgekeurd_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "versie van een duiding"
        verbose_name_plural = "versies van duidingen"
        ordering = ["duiding", "-nummer"]
        default_permissions = ("view",)
        constraints = [
            models.UniqueConstraint(fields=["duiding", "nummer"], name="duidingen_versienummer"),
            models.CheckConstraint(
                condition=Q(goedgekeurd_door__isnull=True) | ~Q(goedgekeurd_door=F("auteur")),
                name="duidingen_vier_ogen",
                violation_error_message=(
                    "Een duiding wordt goedgekeurd door een ander dan de auteur."
                ),
            ),
            models.CheckConstraint(
                condition=Q(goedgekeurd_door__isnull=True, goedgekeurd_op__isnull=True)
                | Q(goedgekeurd_door__isnull=False, goedgekeurd_op__isnull=False),
                name="duidingen_goedkeuring_compleet",
            ),
        ]

    def __str__(self):
        return f"{self.duiding} versie {self.nummer}"

    @property
    def goedgekeurd(self) -> bool:
        return self.goedgekeurd_op is not None

    def paragraphs(self) -> list[str]:
        """The text as paragraphs: separated by a blank line, lines within one joined."""
        blocks = [b.strip() for b in self.tekst.replace("\r\n", "\n").split("\n\n")]
        return [" ".join(b.split()) for b in blocks if b]
