# SPDX-License-Identifier: EUPL-1.2
"""The log lines and the segments that chain them.

A line is one processing of one data subject (Logboek Dataverwerkingen: one line per
subject, no sampling), with the trace and operation ids it shares with the audit record of
the same act. Lines are chained per segment (one activity version, one month), so that
retention removes whole segments without breaking the chain of any other; a removed
segment leaves its count and last hash in an append-only, chained ledger."""

from django.db import models

GENESIS_HASH = "0" * 64


class StatusCode(models.IntegerChoices):
    """The standard's status_code (as in OpenTelemetry)."""

    ONBEKEND = 0, "onbekend"
    OK = 1, "geslaagd"
    FOUT = 2, "mislukt"


class Segment(models.Model):
    activiteit = models.CharField(max_length=64)
    versie = models.PositiveIntegerField()
    maand = models.DateField(help_text="De eerste dag van de maand van de verwerkingen.")
    aantal = models.PositiveBigIntegerField(default=0)
    laatste_hash = models.CharField(max_length=64, default=GENESIS_HASH)
    verwijderd_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["activiteit", "versie", "maand"], name="logbook_segment_uniek"
            )
        ]

    def __str__(self):
        return f"{self.activiteit} v{self.versie} {self.maand:%Y-%m}"


class Verwerking(models.Model):
    """One log line. The data subject is pseudonymised (never the plain BSN)."""

    # No index of its own: the unique (segment, volgnummer) serves every lookup by segment,
    # and each index is written for every line of every processing.
    segment = models.ForeignKey(
        Segment, on_delete=models.DO_NOTHING, db_constraint=False, db_index=False, related_name="+"
    )
    volgnummer = models.PositiveBigIntegerField()
    trace_id = models.CharField(max_length=32, db_index=True)
    span_id = models.CharField(max_length=16, help_text="operation_id van de dataverwerking")
    parent_span_id = models.CharField(max_length=16, blank=True, default="")
    naam = models.CharField(max_length=200)
    start = models.DateTimeField()
    eind = models.DateTimeField()
    status = models.PositiveSmallIntegerField(choices=StatusCode.choices)
    activiteit = models.CharField(max_length=64)
    versie = models.PositiveIntegerField()
    betrokkene = models.CharField(max_length=64, blank=True, default="")
    betrokkene_soort = models.CharField(max_length=16, blank=True, default="")
    extern_trace_id = models.CharField(max_length=32, blank=True, default="")
    extern_span_id = models.CharField(max_length=16, blank=True, default="")
    extern_entiteit = models.CharField(max_length=200, blank=True, default="")
    vorige_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        verbose_name = "verwerking"
        verbose_name_plural = "verwerkingen"
        constraints = [
            models.UniqueConstraint(fields=["segment", "volgnummer"], name="logbook_volgorde")
        ]
        indexes = [models.Index(fields=["betrokkene", "start"])]
        default_permissions = ()
        permissions = [
            ("inzage_verwerkingen", "Mag verwerkingen van een inwoner opzoeken (inzageverzoek)")
        ]


class Verwijdering(models.Model):
    """The ledger of removed segments: what retention removed, chained so that a segment
    cannot disappear without a trace."""

    volgnummer = models.BigAutoField(primary_key=True)
    segment = models.OneToOneField(Segment, on_delete=models.PROTECT, related_name="verwijdering")
    aantal = models.PositiveBigIntegerField()
    laatste_hash = models.CharField(max_length=64)
    verwijderd_op = models.DateTimeField()
    reden = models.CharField(max_length=200)
    vorige_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        verbose_name_plural = "verwijderingen"
