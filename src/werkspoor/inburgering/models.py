# SPDX-License-Identifier: EUPL-1.2
"""A resident's inburgering: from the start (the municipality becomes responsible) through
the PIP with its leerroute to the end with a result. It runs from `startdatum` until
`einddatum` ("beëindigd per": the first day without), like every period in the registry.
The PIP's due date and the three-year term follow from the dates (core.termijnen)."""

from django.db import models
from django.db.models import F, Q

from werkspoor.registry.models import ExternalIdMixin, Inwoner

from .choices import InburgeringDoelgroep, InburgeringResultaat, Leerroute


class Inburgering(ExternalIdMixin):
    inwoner = models.ForeignKey(Inwoner, on_delete=models.CASCADE, related_name="inburgeringen")
    startdatum = models.DateField(help_text="Dag waarop de gemeente de inburgering begeleidt.")
    doelgroep = models.CharField(max_length=8, choices=InburgeringDoelgroep.choices)
    pip_datum = models.DateField(
        "PIP",
        null=True,
        blank=True,
        help_text="Dagtekening van het persoonlijk plan inburgering en participatie.",
    )
    route = models.CharField(
        "leerroute",
        max_length=12,
        choices=Leerroute.choices,
        blank=True,
        default="",
        help_text="De leerroute uit het PIP; leeg zolang er geen PIP is.",
    )
    einddatum = models.DateField(
        null=True, blank=True, help_text="Beëindigd per: de eerste dag zonder. Leeg = lopend."
    )
    resultaat = models.CharField(
        max_length=16, choices=InburgeringResultaat.choices, blank=True, default=""
    )

    class Meta:
        verbose_name = "inburgering"
        verbose_name_plural = "inburgeringen"
        indexes = [
            models.Index(fields=["inwoner", "startdatum"]),
            models.Index(fields=["einddatum", "pip_datum"]),
        ]
        permissions = [("use_werklijst", "Mag de werklijst inburgering gebruiken")]
        constraints = [
            models.CheckConstraint(
                condition=Q(pip_datum__isnull=True) | Q(pip_datum__gte=F("startdatum")),
                name="inburgering_pip_na_start",
                violation_error_message="Het PIP kan niet vóór de start van de inburgering liggen.",
            ),
            models.CheckConstraint(
                condition=(Q(pip_datum__isnull=True) & Q(route=""))
                | (Q(pip_datum__isnull=False) & ~Q(route="")),
                name="inburgering_route_met_pip",
                violation_error_message=(
                    "De leerroute staat in het PIP: vul beide in, of geen van beide."
                ),
            ),
            models.CheckConstraint(
                condition=Q(einddatum__isnull=True) | Q(einddatum__gt=F("startdatum")),
                name="inburgering_einde_na_start",
                violation_error_message="De einddatum moet na de startdatum liggen.",
            ),
            models.CheckConstraint(
                condition=(Q(einddatum__isnull=True) & Q(resultaat=""))
                | (Q(einddatum__isnull=False) & ~Q(resultaat="")),
                name="inburgering_resultaat_bij_einde",
                violation_error_message=(
                    "Een beëindigde inburgering heeft een resultaat, een lopende niet."
                ),
            ),
        ]

    def __str__(self):
        return f"Inburgering {self.external_id}"

    def is_lopend_op(self, day) -> bool:
        return self.startdatum <= day and (self.einddatum is None or day < self.einddatum)

    def route_op(self, day) -> str:
        """The leerroute on `day`: `geen_pip` until the PIP is dated."""
        return self.route if self.pip_datum is not None and self.pip_datum <= day else "geen_pip"
