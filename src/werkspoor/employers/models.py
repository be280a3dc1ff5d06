# SPDX-License-Identifier: EUPL-1.2
"""Employers, their contact persons and SROI obligations, vacancies, meetings with job
seekers and placements."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q

from werkspoor.core.gemeente import current_gemeente
from werkspoor.registry.models import TELEFOON, ExternalIdMixin, Inwoner
from werkspoor.registry.periods import HalfOpenPeriod, end_after_start_constraint


def check_wijk(instance, field: str = "wijk") -> None:
    """A wijk, when given, is one of the municipality's."""
    wijk, wijken = getattr(instance, field), current_gemeente().wijken
    if wijk and wijk not in wijken:
        raise ValidationError({field: f"Onbekende wijk '{wijk}'; kies uit: {', '.join(wijken)}."})


KVK_NUMMER = RegexValidator(
    r"^[0-9]{8}$", "Een KvK-nummer bestaat uit 8 cijfers, bijvoorbeeld 30123456."
)


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
    kvk_nummer = models.CharField(
        "KvK-nummer", max_length=8, blank=True, default="", validators=[KVK_NUMMER]
    )
    wijk = models.CharField(
        "wijk van de vestiging",
        max_length=100,
        blank=True,
        default="",
        help_text="Leeg = buiten de gemeente of onbekend.",
    )

    class Meta:
        verbose_name_plural = "werkgevers"
        ordering = ["naam"]
        constraints = [
            models.UniqueConstraint(
                fields=["kvk_nummer"],
                condition=~Q(kvk_nummer=""),
                name="employers_werkgever_kvk_uniek",
                violation_error_message="Er is al een werkgever met dit KvK-nummer.",
            )
        ]

    def __str__(self):
        return self.naam

    def clean(self):
        super().clean()
        check_wijk(self)


class ContactPersoon(models.Model):
    werkgever = models.ForeignKey(
        Werkgever, on_delete=models.CASCADE, related_name="contactpersonen"
    )
    naam = models.CharField(max_length=200)
    functie = models.CharField(max_length=100, blank=True, default="")
    telefoon = models.CharField(max_length=20, blank=True, default="", validators=[TELEFOON])
    email = models.EmailField("e-mail", blank=True, default="")

    class Meta:
        verbose_name = "contactpersoon"
        verbose_name_plural = "contactpersonen"
        ordering = ["naam"]

    def __str__(self):
        return self.naam


class SroiVerplichting(HalfOpenPeriod):
    """Social return: an employer that won a municipal contract promises a number of
    placements of job seekers within the contract's period."""

    werkgever = models.ForeignKey(
        Werkgever, on_delete=models.CASCADE, related_name="sroi_verplichtingen"
    )
    omschrijving = models.CharField(
        max_length=200, help_text="Het contract of de aanbesteding, bijvoorbeeld 'Groenonderhoud'."
    )
    aantal_plaatsingen = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = "SROI-verplichting"
        verbose_name_plural = "SROI-verplichtingen"
        constraints = [
            end_after_start_constraint(),
            models.CheckConstraint(
                condition=Q(aantal_plaatsingen__gte=1),
                name="employers_sroi_aantal_min_1",
                violation_error_message="Een SROI-verplichting vraagt minstens één plaatsing.",
            ),
        ]


class Vacature(ExternalIdMixin, HalfOpenPeriod):
    werkgever = models.ForeignKey(Werkgever, on_delete=models.CASCADE, related_name="vacatures")
    titel = models.CharField("functie", max_length=200)
    aantal = models.PositiveSmallIntegerField(default=1)
    uren_per_week = models.PositiveSmallIntegerField(null=True, blank=True)
    eisen = models.TextField(
        blank=True, default="", help_text="Opleiding, ervaring, rijbewijs, taal, fysieke eisen."
    )
    wijk = models.CharField(
        "wijk van de werkplek",
        max_length=100,
        blank=True,
        default="",
        help_text="Leeg = buiten de gemeente of wisselend.",
    )
    werkplek = models.CharField(
        "plaats", max_length=200, blank=True, default="", help_text="Adres of plaats van het werk."
    )
    loonkostensubsidie_mogelijk = models.BooleanField(
        default=False, help_text="De werkgever staat open voor iemand met loonkostensubsidie."
    )

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

    def __str__(self):
        return f"{self.titel} bij {self.werkgever}"

    def clean(self):
        super().clean()
        check_wijk(self)


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
