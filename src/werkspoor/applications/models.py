# SPDX-License-Identifier: EUPL-1.2
"""Applications (aanvragen) and the decisions on them (besluiten).

An aanvraag is one request of a resident for one regeling: a benefit (PW, IOAW, IOAZ, Bbz)
or a minimaregeling. It is open until it has a besluit and a besluitdatum; the decision is
in time when `besluitdatum - aanvraagdatum - opschorting_dagen` is at most the regeling's
beslistermijn (termijnen.py). A toekenning of a benefit starts an uitkering in the registry,
which names the aanvraag that granted it (registry.Uitkering.aanvraag).

`opschorting_dagen` is the exchange format's total of days the term was suspended; the
werkplek also keeps each suspension (Opschorting) and adds the closed ones to that total.
"""

from __future__ import annotations

from datetime import date

from django.db import models
from django.db.models import F, Q

from werkspoor.registry.models import ExternalIdMixin, Inwoner

from .choices import AanvraagRegeling, Besluit, RedenAfwijzing


class Aanvraag(ExternalIdMixin):
    inwoner = models.ForeignKey(Inwoner, on_delete=models.PROTECT, related_name="aanvragen")
    regeling = models.CharField(max_length=24, choices=AanvraagRegeling.choices)
    meldingsdatum = models.DateField(
        null=True,
        blank=True,
        help_text="Dag waarop de inwoner zich meldde om de regeling aan te vragen "
        "(Participatiewet art. 44: de bijstand gaat dan in). Leeg = gelijk aan de aanvraag.",
    )
    aanvraagdatum = models.DateField(
        help_text="Dag van ontvangst van de aanvraag; de beslistermijn loopt vanaf hier."
    )
    besluitdatum = models.DateField(null=True, blank=True)
    besluit = models.CharField(max_length=24, choices=Besluit.choices, blank=True, default="")
    reden_afwijzing = models.CharField(
        max_length=32, choices=RedenAfwijzing.choices, blank=True, default=""
    )
    opschorting_dagen = models.PositiveIntegerField(
        default=0, help_text="Dagen waarin de beslistermijn was opgeschort (Awb art. 4:15)."
    )

    class Meta:
        verbose_name = "aanvraag"
        verbose_name_plural = "aanvragen"
        # The werkvoorraad reads the open applications only; the rest is read whole (the
        # indicators) or per resident (the foreign key's index).
        indexes = [
            models.Index(
                fields=["aanvraagdatum"], condition=Q(besluit=""), name="applications_open_idx"
            )
        ]
        permissions = [("use_werkvoorraad", "Werkt met de werkvoorraad aanvragen")]
        constraints = [
            models.CheckConstraint(
                condition=Q(besluitdatum__isnull=True) | Q(besluitdatum__gte=F("aanvraagdatum")),
                name="applications_aanvraag_besluit_na_aanvraag",
                violation_error_message="De besluitdatum ligt niet vóór de aanvraagdatum.",
            ),
            models.CheckConstraint(
                condition=(Q(besluit="") & Q(besluitdatum__isnull=True))
                | (~Q(besluit="") & Q(besluitdatum__isnull=False)),
                name="applications_aanvraag_besluit_met_datum",
                violation_error_message=(
                    "Besluit en besluitdatum zijn allebei leeg (de aanvraag loopt nog) "
                    "of allebei ingevuld."
                ),
            ),
            # The werkplek asks for the reason of every afwijzing; an import may lack it.
            models.CheckConstraint(
                condition=Q(besluit="afwijzing") | Q(reden_afwijzing=""),
                name="applications_aanvraag_reden_bij_afwijzing",
                violation_error_message="Alleen een afwijzing heeft een reden van afwijzing.",
            ),
            models.CheckConstraint(
                condition=Q(meldingsdatum__isnull=True) | Q(meldingsdatum__lte=F("aanvraagdatum")),
                name="applications_aanvraag_melding_voor_aanvraag",
                violation_error_message="De meldingsdatum ligt niet na de aanvraagdatum.",
            ),
        ]

    def __str__(self):
        return f"Aanvraag {self.external_id} ({self.get_regeling_display()})"

    @property
    def is_open(self) -> bool:
        return not self.besluit

    def is_open_op(self, day: date) -> bool:
        return self.aanvraagdatum <= day and (self.besluitdatum is None or self.besluitdatum > day)

    @property
    def ingangsdatum(self) -> date:
        """The day a granted benefit starts: the melding, else the application."""
        return self.meldingsdatum or self.aanvraagdatum


class Opschorting(models.Model):
    """A suspension of the term [vanaf, tot): the applicant was asked to complete the
    application on the day before `vanaf`; `tot` is the day it was completed (empty while
    the documents are awaited)."""

    aanvraag = models.ForeignKey(Aanvraag, on_delete=models.CASCADE, related_name="opschortingen")
    vanaf = models.DateField()
    tot = models.DateField(null=True, blank=True)
    reden = models.CharField(max_length=200, default="Wachten op gegevens van de aanvrager")

    class Meta:
        verbose_name_plural = "opschortingen"
        ordering = ["vanaf"]
        constraints = [
            models.CheckConstraint(
                condition=Q(tot__isnull=True) | Q(tot__gt=F("vanaf")),
                name="applications_opschorting_tot_na_vanaf",
                violation_error_message="Het einde van de opschorting ligt na het begin.",
            ),
        ]

    @property
    def duur_dagen(self) -> int | None:
        """Days of a closed suspension (None while it runs)."""
        return (self.tot - self.vanaf).days if self.tot else None
