# SPDX-License-Identifier: EUPL-1.2
"""Debt help (schuldhulptraject) and early-warning signals (vroegsignaal) of a resident.

A trajectory runs from `aanmelddatum` until `einddatum` ("beëindigd per": the first day
without), like every period in the registry. The legal deadline of the first talk follows
from the registration day and `spoed` (core.termijnen); it is derived, never stored.
"""

from django.db import models
from django.db.models import F, Q

from werkspoor.registry.models import ExternalIdMixin, Inwoner

from .choices import SchuldhulpResultaat, SchuldhulpSoort, SignaalBron


class Schuldhulptraject(ExternalIdMixin):
    inwoner = models.ForeignKey(
        Inwoner, on_delete=models.CASCADE, related_name="schuldhulptrajecten"
    )
    aanmelddatum = models.DateField(help_text="Dag van de melding van de hulpvraag.")
    spoed = models.BooleanField(
        default=False,
        help_text="Dreigende ontruiming, afsluiting van energie of water of opzegging van de "
        "zorgverzekering: eerste gesprek binnen drie werkdagen.",
    )
    eerste_gesprek = models.DateField("eerste gesprek", null=True, blank=True)
    plan_datum = models.DateField("plan van aanpak", null=True, blank=True)
    soort = models.CharField(
        "soort hulp",
        max_length=24,
        choices=SchuldhulpSoort.choices,
        blank=True,
        default="",
        help_text="De huidige soort hulp; leeg = nog niet bepaald.",
    )
    einddatum = models.DateField(
        null=True, blank=True, help_text="Beëindigd per: de eerste dag zonder. Leeg = lopend."
    )
    resultaat = models.CharField(
        max_length=16, choices=SchuldhulpResultaat.choices, blank=True, default=""
    )

    class Meta:
        verbose_name = "schuldhulptraject"
        verbose_name_plural = "schuldhulptrajecten"
        indexes = [
            models.Index(fields=["inwoner", "aanmelddatum"]),
            models.Index(fields=["einddatum", "eerste_gesprek"]),
        ]
        permissions = [("use_werklijst", "Mag de werklijst schuldhulpverlening gebruiken")]
        constraints = [
            models.CheckConstraint(
                condition=Q(eerste_gesprek__isnull=True) | Q(eerste_gesprek__gte=F("aanmelddatum")),
                name="debt_schuldhulp_gesprek_na_aanmelding",
                violation_error_message="Het eerste gesprek kan niet vóór de aanmelding liggen.",
            ),
            models.CheckConstraint(
                condition=Q(plan_datum__isnull=True) | Q(plan_datum__gte=F("aanmelddatum")),
                name="debt_schuldhulp_plan_na_aanmelding",
                violation_error_message="Het plan van aanpak kan niet vóór de aanmelding liggen.",
            ),
            models.CheckConstraint(
                condition=Q(einddatum__isnull=True) | Q(einddatum__gt=F("aanmelddatum")),
                name="debt_schuldhulp_einde_na_aanmelding",
                violation_error_message="De einddatum moet na de aanmelddatum liggen.",
            ),
            models.CheckConstraint(
                condition=(Q(einddatum__isnull=True) & Q(resultaat=""))
                | (Q(einddatum__isnull=False) & ~Q(resultaat="")),
                name="debt_schuldhulp_resultaat_bij_einde",
                violation_error_message=(
                    "Een beëindigd traject heeft een resultaat, een lopend traject niet."
                ),
            ),
        ]

    def __str__(self):
        return f"Schuldhulp {self.external_id}"

    def is_lopend_op(self, day) -> bool:
        return self.aanmelddatum <= day and (self.einddatum is None or day < self.einddatum)

    @property
    def termijn_code(self) -> str:
        return "schuldhulp_eerste_gesprek_spoed" if self.spoed else "schuldhulp_eerste_gesprek"


class Vroegsignaal(ExternalIdMixin):
    """A signal of payment arrears from a creditor (Wgs art. 3a): the municipality offers
    help by contacting the resident."""

    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="vroegsignalen")
    datum = models.DateField(help_text="Dag waarop het signaal binnenkwam.")
    bron = models.CharField(max_length=20, choices=SignaalBron.choices)
    contactdatum = models.DateField(
        null=True, blank=True, help_text="Dag van het contact met de inwoner; leeg = geen contact."
    )
    aanmelding = models.BooleanField(
        default=False, help_text="Het contact leidde tot een aanmelding voor schuldhulp."
    )

    class Meta:
        verbose_name = "vroegsignaal"
        verbose_name_plural = "vroegsignalen"
        indexes = [
            models.Index(fields=["inwoner", "datum"]),
            models.Index(fields=["contactdatum", "datum"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(contactdatum__isnull=True) | Q(contactdatum__gte=F("datum")),
                name="debt_vroegsignaal_contact_na_signaal",
                violation_error_message="Het contact kan niet vóór het signaal liggen.",
            ),
            models.CheckConstraint(
                condition=Q(aanmelding=False) | Q(contactdatum__isnull=False),
                name="debt_vroegsignaal_aanmelding_na_contact",
                violation_error_message="Een aanmelding na een signaal vraagt om een contactdatum.",
            ),
        ]

    def __str__(self):
        return f"Vroegsignaal {self.external_id}"
