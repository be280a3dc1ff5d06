# SPDX-License-Identifier: EUPL-1.2
"""What the BRP said about a resident's registered values, per value: the BRP's value, the
registry's value then, when it was fetched and what happened (equal, filled because empty,
a difference awaiting a person, taken over, or kept). A difference is never applied without
a person choosing to; the audit log records who did."""

from django.db import models

from werkspoor.registry.models import Inwoner


class Veld(models.TextChoices):
    VOORNAAM = "voornaam", "Voornaam"
    ACHTERNAAM = "achternaam", "Achternaam"
    GEBOORTEDATUM = "geboortedatum", "Geboortedatum"
    ADRES = "adres", "Adres"
    HUISHOUDEN = "huishouden", "Huishouden"
    KINDEREN = "kinderen", "Kinderen jonger dan 18"


class Status(models.TextChoices):
    GELIJK = "gelijk", "Gelijk aan de BRP"
    AANGEVULD = "aangevuld", "Aangevuld uit de BRP (was leeg)"
    VERSCHIL = "verschil", "Verschilt van de BRP"
    OVERGENOMEN = "overgenomen", "Overgenomen uit de BRP"
    BEHOUDEN = "behouden", "Werkspoor-waarde behouden"
    ALLEEN_BRP = "alleen_brp", "Alleen in de BRP"


class BrpGegeven(models.Model):
    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="brp_gegevens")
    veld = models.CharField(max_length=16, choices=Veld.choices)
    brp_waarde = models.CharField(max_length=300, blank=True, default="")
    werkspoor_waarde = models.CharField(
        max_length=300, blank=True, default="", help_text="De waarde in Werkspoor bij de controle."
    )
    brp_data = models.JSONField(
        default=dict, blank=True, help_text="De BRP-waarde om over te nemen."
    )
    status = models.CharField(max_length=16, choices=Status.choices)
    opgehaald_op = models.DateTimeField()
    afgehandeld_op = models.DateTimeField(null=True, blank=True)
    afgehandeld_door = models.CharField(max_length=150, blank=True, default="")

    class Meta:
        verbose_name = "BRP-gegeven"
        verbose_name_plural = "BRP-gegevens"
        constraints = [
            models.UniqueConstraint(fields=["inwoner", "veld"], name="brp_gegeven_per_veld")
        ]

    @property
    def open(self) -> bool:
        return self.status == Status.VERSCHIL
