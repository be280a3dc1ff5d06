# SPDX-License-Identifier: EUPL-1.2
"""Employers, their vacancies, meetings with job seekers and placements."""

from django.db import models
from django.db.models import Q

from werkspoor.registry.models import ExternalIdMixin, Inwoner
from werkspoor.registry.periods import HalfOpenPeriod, end_after_start_constraint


class PlaatsingSoort(models.TextChoices):
    REGULIER = "regulier", "Reguliere baan"
    SROI = "sroi", "SROI-plaatsing"
    BANENAFSPRAAK = "banenafspraak", "Banenafspraak"
    BESCHUT = "beschut", "Beschut werk"
    LEERWERK = "leerwerk", "Leerwerkbaan"
    OVERIG = "overig", "Overig"


class Werkgever(ExternalIdMixin):
    naam = models.CharField(max_length=200)
    sector = models.CharField(max_length=100, blank=True, default="")

    class Meta:
        verbose_name_plural = "werkgevers"
        ordering = ["naam"]

    def __str__(self):
        return self.naam


class Vacature(ExternalIdMixin, HalfOpenPeriod):
    werkgever = models.ForeignKey(Werkgever, on_delete=models.CASCADE, related_name="vacatures")
    titel = models.CharField(max_length=200)
    aantal = models.PositiveSmallIntegerField(default=1)
    uren_per_week = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "vacatures"
        constraints = [
            end_after_start_constraint(),
            models.CheckConstraint(
                condition=Q(aantal__gte=1),
                name="employers_vacature_aantal_min_1",
                violation_error_message="Een vacature heeft minstens één plaats.",
            ),
        ]


class Ontmoeting(ExternalIdMixin):
    """A meeting between an employer and a job seeker (the Werkbeweging's 'ontmoetingen')."""

    werkgever = models.ForeignKey(Werkgever, on_delete=models.PROTECT, related_name="ontmoetingen")
    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="ontmoetingen")
    datum = models.DateField(db_index=True)

    class Meta:
        verbose_name_plural = "ontmoetingen"


class Plaatsing(ExternalIdMixin):
    werkgever = models.ForeignKey(Werkgever, on_delete=models.PROTECT, related_name="plaatsingen")
    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="plaatsingen")
    vacature = models.ForeignKey(
        Vacature, null=True, blank=True, on_delete=models.SET_NULL, related_name="plaatsingen"
    )
    datum = models.DateField(db_index=True)
    soort = models.CharField(max_length=32, choices=PlaatsingSoort.choices)

    class Meta:
        verbose_name_plural = "plaatsingen"
