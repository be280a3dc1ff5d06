# SPDX-License-Identifier: EUPL-1.2
"""Appointments (afspraken) with a resident and to-dos (taken) with a due date."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from werkspoor.registry.models import Inwoner, Werkcoach


class AfspraakSoort(models.TextChoices):
    KANTOOR = "kantoor", "Gesprek op kantoor"
    HUISBEZOEK = "huisbezoek", "Huisbezoek"
    TELEFONISCH = "telefonisch", "Telefonisch gesprek"
    VIDEO = "video", "Videogesprek"
    DRIEGESPREK = "driegesprek", "Driegesprek"
    WERKGEVER = "werkgever", "Gesprek bij een werkgever"


SOORT_KORT = {
    AfspraakSoort.KANTOOR: "kantoor",
    AfspraakSoort.HUISBEZOEK: "huisbezoek",
    AfspraakSoort.TELEFONISCH: "telefoon",
    AfspraakSoort.VIDEO: "video",
    AfspraakSoort.DRIEGESPREK: "driegesprek",
    AfspraakSoort.WERKGEVER: "bij werkgever",
}


class AfspraakStatus(models.TextChoices):
    GEPLAND = "gepland", "Gepland"
    GEHOUDEN = "gehouden", "Gehouden"
    AFGEZEGD = "afgezegd", "Afgezegd"
    NIET_VERSCHENEN = "niet_verschenen", "Niet verschenen"


class Afspraak(models.Model):
    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="afspraken")
    werkcoach = models.ForeignKey(
        Werkcoach, null=True, blank=True, on_delete=models.SET_NULL, related_name="afspraken"
    )
    datum = models.DateField()
    tijd = models.TimeField()
    duur_minuten = models.PositiveSmallIntegerField("duur (minuten)", default=45)
    soort = models.CharField(max_length=16, choices=AfspraakSoort.choices)
    met = models.CharField(
        "met wie",
        max_length=200,
        help_text="Wie er bij zijn, bijvoorbeeld 'werkcoach en jobcoach van Werkbedrijf'.",
    )
    locatie = models.CharField(max_length=200, blank=True, default="")
    onderwerp = models.TextField(blank=True, default="")
    status = models.CharField(
        max_length=16, choices=AfspraakStatus.choices, default=AfspraakStatus.GEPLAND
    )

    class Meta:
        verbose_name = "afspraak"
        verbose_name_plural = "afspraken"
        ordering = ["datum", "tijd"]
        indexes = [
            models.Index(fields=["inwoner", "datum"]),
            models.Index(fields=["werkcoach", "datum"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(duur_minuten__gte=5) & Q(duur_minuten__lte=480),
                name="planning_afspraak_duur",
                violation_error_message="Een afspraak duurt 5 minuten tot 8 uur.",
            )
        ]

    def __str__(self):
        return f"{self.get_soort_display()} op {self.datum:%d-%m-%Y} om {self.tijd:%H:%M}"

    @property
    def kort(self) -> str:
        """The kind in one word, for a table cell."""
        return SOORT_KORT.get(self.soort, self.soort)


class Taak(models.Model):
    """A to-do about a resident; open until `afgerond_op`. Due (vervaldatum reached) it
    becomes a signal on the caseload."""

    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="taken")
    werkcoach = models.ForeignKey(
        Werkcoach, null=True, blank=True, on_delete=models.SET_NULL, related_name="taken"
    )
    omschrijving = models.CharField(max_length=300)
    vervaldatum = models.DateField("uiterlijk op")
    aangemaakt_op = models.DateField()
    afgerond_op = models.DateField(null=True, blank=True)
    afgerond_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_constraint=False,
    )

    class Meta:
        verbose_name = "taak"
        verbose_name_plural = "taken"
        ordering = ["vervaldatum", "pk"]
        indexes = [models.Index(fields=["inwoner", "afgerond_op"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(afgerond_op__isnull=True)
                | Q(afgerond_op__gte=models.F("aangemaakt_op")),
                name="planning_taak_afgerond_na_aanmaak",
                violation_error_message="Een taak kan niet afgerond zijn vóór ze werd aangemaakt.",
            )
        ]

    def __str__(self):
        return self.omschrijving

    @property
    def open(self) -> bool:
        return self.afgerond_op is None
