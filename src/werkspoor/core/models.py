# SPDX-License-Identifier: EUPL-1.2
"""The audit log: who saw or changed which resident file, when and what.

Append-only: each record carries the hash of the previous one, the database refuses UPDATE
and DELETE, and signed checkpoints outside the database fix the chain so that not even a
database administrator can shorten or rewrite it unseen (docs/auditlog.md).
"""

from django.conf import settings
from django.db import models


class AuditActie(models.TextChoices):
    DOSSIER_BEKEKEN = "dossier_bekeken", "Dossier bekeken"
    CASELOAD_BEKEKEN = "caseload_bekeken", "Caseload bekeken"
    TEAM_BEKEKEN = "team_bekeken", "Teamoverzicht bekeken"
    INZAGE_MET_REDEN = "inzage_met_reden", "Inzage met reden"
    TOEGANG_GEWEIGERD = "toegang_geweigerd", "Toegang geweigerd"
    CONTACT_GEREGISTREERD = "contact_geregistreerd", "Contactmoment geregistreerd"
    DOEL_TOEGEVOEGD = "doel_toegevoegd", "Doel toegevoegd"
    DOEL_AFGESLOTEN = "doel_afgesloten", "Doel afgesloten"
    TRAJECT_GESTART = "traject_gestart", "Traject gestart"
    TRAJECT_GESTOPT = "traject_gestopt", "Traject gestopt"
    ARRANGEMENT_GEWIJZIGD = "arrangement_gewijzigd", "Arrangement gewijzigd"
    HERTOEGEWEZEN = "hertoegewezen", "Aan andere werkcoach toegewezen"
    WERKVOORRAAD_BEKEKEN = "werkvoorraad_bekeken", "Werkvoorraad aanvragen bekeken"
    AANVRAAG_BEKEKEN = "aanvraag_bekeken", "Aanvraag bekeken"
    AANVRAGER_GEREGISTREERD = "aanvrager_geregistreerd", "Nieuwe aanvrager geregistreerd"
    AANVRAAG_GEREGISTREERD = "aanvraag_geregistreerd", "Aanvraag geregistreerd"
    OPSCHORTING_GEREGISTREERD = "opschorting_geregistreerd", "Opschorting geregistreerd"
    OPSCHORTING_BEEINDIGD = "opschorting_beeindigd", "Opschorting beëindigd"
    BESLUIT_GEREGISTREERD = "besluit_geregistreerd", "Besluit op aanvraag geregistreerd"
    CONTROLE_BEKEKEN = "controle_bekeken", "Controle betalingen bekeken"
    BEREKENING_BEKEKEN = "berekening_bekeken", "Berekening uitkering bekeken"
    PAGINA_BEKEKEN = "pagina_bekeken", "Pagina over inwoner bekeken"
    VERVANGING_INGESTELD = "vervanging_ingesteld", "Vervanging ingesteld"
    VERVANGING_BEEINDIGD = "vervanging_beeindigd", "Vervanging beëindigd"
    CHECKPOINT_GESCHREVEN = "checkpoint_geschreven", "Checkpoint van het auditlog geschreven"
    AUDITLOG_OPGESCHOOND = "auditlog_opgeschoond", "Auditlog na bewaartermijn opgeschoond"
    DUIDING_GESCHREVEN = "duiding_geschreven", "Duiding geschreven"
    DUIDING_GOEDGEKEURD = "duiding_goedgekeurd", "Duiding goedgekeurd"
    REFERENTIES_INGELEZEN = "referenties_ingelezen", "Referentiereeksen ingelezen"
    # Issue 15: search, corrections, planning, employer services and matching.
    GEZOCHT = "gezocht", "Gezocht naar inwoners"
    CONTACT_BEKEKEN = "contact_bekeken", "Contactmoment bekeken"
    GECORRIGEERD = "gecorrigeerd", "Registratie gecorrigeerd"
    INGETROKKEN = "ingetrokken", "Registratie ingetrokken"
    AGENDA_BEKEKEN = "agenda_bekeken", "Agenda bekeken"
    AFSPRAAK_GEPLAND = "afspraak_gepland", "Afspraak gepland"
    TAAK_TOEGEVOEGD = "taak_toegevoegd", "Taak toegevoegd"
    TAAK_AFGEROND = "taak_afgerond", "Taak afgerond"
    WERKWENS_GEWIJZIGD = "werkwens_gewijzigd", "Werkwensen vastgelegd"
    WERKGEVER_BEKEKEN = "werkgever_bekeken", "Werkgever bekeken (met ontmoetingen)"
    WERKGEVER_GEREGISTREERD = "werkgever_geregistreerd", "Werkgever geregistreerd of gewijzigd"
    VACATURE_GEREGISTREERD = "vacature_geregistreerd", "Vacature geregistreerd of gewijzigd"
    ONTMOETING_GEREGISTREERD = "ontmoeting_geregistreerd", "Ontmoeting geregistreerd"
    PLAATSING_GEREGISTREERD = "plaatsing_geregistreerd", "Plaatsing geregistreerd"
    KANDIDATEN_BEKEKEN = "kandidaten_bekeken", "Kandidaten voor een vacature bekeken"
    VOORDRACHTEN_BEKEKEN = "voordrachten_bekeken", "Voordrachten voor eigen inwoners bekeken"
    VOORGEDRAGEN = "voorgedragen", "Voorgedragen voor een vacature"
    VOORDRACHT_GEWIJZIGD = "voordracht_gewijzigd", "Voordracht naar een volgende stap"
    VOORDRACHT_OORDEEL = "voordracht_oordeel", "Werkcoach akkoord of bezwaar op voordracht"
    API_GELEZEN = "api_gelezen", "Via de API gelezen"
    INWONER_GEREGISTREERD = "inwoner_geregistreerd", "Inwoner geregistreerd"
    INWONER_GEWIJZIGD = "inwoner_gewijzigd", "Inwonergegevens gewijzigd"
    UITKERING_GEREGISTREERD = "uitkering_geregistreerd", "Uitkering geregistreerd"
    UITKERING_GEWIJZIGD = "uitkering_gewijzigd", "Uitkering gewijzigd"
    API_CLIENT_UITGEGEVEN = "api_client_uitgegeven", "API-client uitgegeven"
    API_CLIENT_GEWIJZIGD = "api_client_gewijzigd", "API-client gewijzigd"
    API_CLIENT_INGETROKKEN = "api_client_ingetrokken", "API-client ingetrokken"
    BRP_GERAADPLEEGD = "brp_geraadpleegd", "BRP geraadpleegd"
    BRP_OVERGENOMEN = "brp_overgenomen", "BRP-gegevens overgenomen"
    BRP_BEHOUDEN = "brp_behouden", "Werkspoor-gegevens behouden naast de BRP"
    VERWERKINGEN_INGEZIEN = "verwerkingen_ingezien", "Verwerkingen opgezocht (inzageverzoek)"
    # Armoede, Schuldhulpverlening, Inburgering (apps debt, inburgering, poverty)
    WERKLIJST_BEKEKEN = "werklijst_bekeken", "Werklijst bekeken"
    SCHULDHULP_GEWIJZIGD = "schuldhulp_gewijzigd", "Schuldhulp geregistreerd"
    SIGNAAL_OPGEVOLGD = "signaal_opgevolgd", "Vroegsignaal opgevolgd"
    INBURGERING_GEWIJZIGD = "inburgering_gewijzigd", "Inburgering geregistreerd"


class AuditRecordQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("Het auditlog is alleen-toevoegen: records wijzigen kan niet.")

    def delete(self):
        raise PermissionError("Het auditlog is alleen-toevoegen: records verwijderen kan niet.")


class AuditRecord(models.Model):
    """One entry. `gebruiker` keeps the username so the record outlives the account;
    `inwoner_id` is the internal id only (no names or BSN in the log)."""

    volgnummer = models.BigAutoField(primary_key=True)
    tijdstip = models.DateTimeField(db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    gebruiker = models.CharField(max_length=150, db_index=True)
    actie = models.CharField(max_length=32, choices=AuditActie.choices)
    inwoner_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    object_id = models.BigIntegerField(null=True, blank=True)
    detail = models.JSONField(default=dict, blank=True)
    reden = models.TextField(blank=True, default="")
    # W3C Trace Context of the request or command that wrote the record: the same trace id
    # is in the processing log (Logboek Dataverwerkingen), which links the two.
    trace_id = models.CharField(max_length=32, blank=True, default="", db_index=True)
    span_id = models.CharField(max_length=16, blank=True, default="")
    vorige_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    objects = AuditRecordQuerySet.as_manager()

    class Meta:
        verbose_name = "auditrecord"
        verbose_name_plural = "auditlog"
        ordering = ["-volgnummer"]
        indexes = [models.Index(fields=["inwoner_id", "gebruiker", "actie", "tijdstip"])]
        default_permissions = ("view",)

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise PermissionError("Het auditlog is alleen-toevoegen: records wijzigen kan niet.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("Het auditlog is alleen-toevoegen: records verwijderen kan niet.")


class AuditKop(models.Model):
    """The head of the chain in one row: the last number handed out and its hash.

    New records take their number from here, not from the highest record present, so that
    deleting the newest records cannot make a number be handed out twice; the database
    refuses to delete this row or to lower its number (append_only.py). Checkpoints carry
    the same counter outside the database (audit/records.py)."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    volgnummer = models.BigIntegerField()
    hash = models.CharField(max_length=64)

    class Meta:
        verbose_name = "kop van het auditlog"
        verbose_name_plural = "kop van het auditlog"
        default_permissions = ()
