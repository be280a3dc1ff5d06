# SPDX-License-Identifier: EUPL-1.2
"""The abstract half-open period shared by every dated registration, and its rules.

The database enforces end > start (a check constraint) and, for the models that declare
`overlap_scope`, that one resident has no two overlapping periods (an exclusion
constraint on PostgreSQL, triggers on SQLite; see migration 0002). `clean()` gives the
same rules as Dutch messages before anything reaches the database.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q


def end_after_start_constraint() -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(einddatum__isnull=True) | Q(einddatum__gt=models.F("startdatum")),
        name="%(app_label)s_%(class)s_einde_na_start",
        violation_error_message="De einddatum moet na de startdatum liggen.",
    )


class HalfOpenPeriod(models.Model):
    """A period [startdatum, einddatum): einddatum is the first day without it; empty = lopend."""

    startdatum = models.DateField()
    einddatum = models.DateField(
        null=True, blank=True, help_text="Beëindigd per: de eerste dag zonder. Leeg = lopend."
    )

    # Name of the foreign key within which periods may not overlap; None = overlap allowed.
    overlap_scope: str | None = None
    overlap_message = "Deze periode overlapt met een andere periode van dezelfde inwoner."

    class Meta:
        abstract = True
        constraints = [end_after_start_constraint()]

    def is_lopend_op(self, day) -> bool:
        return self.startdatum <= day and (self.einddatum is None or day < self.einddatum)

    def clean(self):
        super().clean()
        if self.einddatum is not None and self.startdatum and self.einddatum <= self.startdatum:
            raise ValidationError(
                {"einddatum": "De einddatum moet na de startdatum liggen."}, code="einde_na_start"
            )
        if self.overlap_scope and self.startdatum:
            self._check_no_overlap()

    def overlapping_siblings(self):
        scope_id = getattr(self, f"{self.overlap_scope}_id")
        siblings = type(self)._default_manager.filter(**{f"{self.overlap_scope}_id": scope_id})
        if self.pk:
            siblings = siblings.exclude(pk=self.pk)
        siblings = siblings.filter(Q(einddatum__isnull=True) | Q(einddatum__gt=self.startdatum))
        if self.einddatum is not None:
            siblings = siblings.filter(startdatum__lt=self.einddatum)
        return siblings

    def _check_no_overlap(self):
        if getattr(self, f"{self.overlap_scope}_id") is None:
            return
        clash = self.overlapping_siblings().order_by("startdatum").first()
        if clash is not None:
            until = clash.einddatum.isoformat() if clash.einddatum else "lopend"
            raise ValidationError(
                f"{self.overlap_message} (bestaande periode {clash.startdatum.isoformat()} "
                f"tot {until}).",
                code="overlap",
            )
