# SPDX-License-Identifier: EUPL-1.2
"""A resident's work wishes and the proposals (voordrachten) of residents for vacancies."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q

from werkspoor.employers.models import Ontmoeting, Plaatsing, Vacature
from werkspoor.registry.models import Inwoner

UREN = [MinValueValidator(1), MaxValueValidator(40)]


class Werkwens(models.Model):
    """What work a resident looks for, as agreed with the werkcoach."""

    inwoner = models.OneToOneField(Inwoner, on_delete=models.CASCADE, related_name="werkwens")
    uren_min = models.PositiveSmallIntegerField("minimaal uren per week", validators=UREN)
    uren_max = models.PositiveSmallIntegerField("maximaal uren per week", validators=UREN)
    sectoren = models.JSONField(default=list, blank=True, help_text="Gewenste sectoren.")
    toelichting = models.TextField(blank=True, default="")
    bijgewerkt_op = models.DateField()

    class Meta:
        verbose_name = "werkwens"
        verbose_name_plural = "werkwensen"
        constraints = [
            models.CheckConstraint(
                condition=Q(uren_min__gte=1) & Q(uren_max__lte=40) & Q(uren_min__lte=F("uren_max")),
                name="matching_werkwens_uren",
                violation_error_message="De uren liggen tussen 1 en 40; het minimum is niet "
                "meer dan het maximum.",
            )
        ]


class VoordrachtStatus(models.TextChoices):
    VOORGESTELD = "voorgesteld", "Voorgesteld"
    GESPREK = "gesprek", "Gesprek"
    GEPLAATST = "geplaatst", "Geplaatst"
    AFGEWEZEN = "afgewezen", "Afgewezen"


class Oordeel(models.TextChoices):
    OPEN = "open", "Wacht op de werkcoach"
    AKKOORD = "akkoord", "Akkoord van de werkcoach"
    BEZWAAR = "bezwaar", "Bezwaar van de werkcoach"


# The pipeline: from each status, the steps a bedrijfsadviseur may take.
NEXT_STEPS = {
    VoordrachtStatus.VOORGESTELD: (VoordrachtStatus.GESPREK, VoordrachtStatus.AFGEWEZEN),
    VoordrachtStatus.GESPREK: (VoordrachtStatus.GEPLAATST, VoordrachtStatus.AFGEWEZEN),
    VoordrachtStatus.GEPLAATST: (),
    VoordrachtStatus.AFGEWEZEN: (),
}


class Voordracht(models.Model):
    """A resident proposed for a vacancy. `redenen` keeps the reasons as the adviser saw them."""

    vacature = models.ForeignKey(Vacature, on_delete=models.CASCADE, related_name="voordrachten")
    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="voordrachten")
    status = models.CharField(
        max_length=16, choices=VoordrachtStatus.choices, default=VoordrachtStatus.VOORGESTELD
    )
    status_op = models.DateField("status sinds")
    voorgesteld_op = models.DateField()
    voorgesteld_door = models.CharField(max_length=150, blank=True, default="")
    redenen = models.JSONField(default=list, blank=True)
    oordeel = models.CharField(max_length=8, choices=Oordeel.choices, default=Oordeel.OPEN)
    oordeel_toelichting = models.TextField(blank=True, default="")
    oordeel_op = models.DateField(null=True, blank=True)
    oordeel_door = models.CharField(max_length=150, blank=True, default="")
    afwijzing_reden = models.TextField(blank=True, default="")
    ontmoeting = models.ForeignKey(
        Ontmoeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    plaatsing = models.ForeignKey(
        Plaatsing, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "voordracht"
        verbose_name_plural = "voordrachten"
        ordering = ["-voorgesteld_op", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["vacature", "inwoner"],
                name="matching_voordracht_eenmaal",
                violation_error_message="Deze inwoner is al voorgedragen voor deze vacature.",
            )
        ]
        indexes = [models.Index(fields=["inwoner", "status"])]

    @property
    def is_open(self) -> bool:
        return bool(NEXT_STEPS[VoordrachtStatus(self.status)])

    @property
    def volgende_stappen(self) -> tuple:
        return NEXT_STEPS[VoordrachtStatus(self.status)]
