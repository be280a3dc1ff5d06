# SPDX-License-Identifier: EUPL-1.2
"""API clients (systems with an OAuth 2 client credential) and their request counters.

The OAuth application and its tokens are django-oauth-toolkit's; an ApiClient adds what
Werkspoor needs: the scopes beheer granted, the rate limit and who issued it when. A
revoked client keeps its record (the audit log names it) but loses its application.
"""

from django.conf import settings
from django.db import models
from oauth2_provider.models import Application


class ApiClient(models.Model):
    naam = models.CharField(max_length=100, unique=True)
    omschrijving = models.TextField(blank=True, default="")
    application = models.OneToOneField(
        Application,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="werkspoor_client",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="api_client",
        help_text="Het systeemaccount waaronder de audit de verzoeken van deze client vastlegt.",
    )
    scopes = models.JSONField(default=list, blank=True)
    verzoeken_per_minuut = models.PositiveIntegerField(default=600)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    aangemaakt_door = models.CharField(max_length=150)
    ingetrokken_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "API-client"
        verbose_name_plural = "API-clients"
        ordering = ["naam"]
        permissions = [("beheer_apiclient", "Mag API-clients uitgeven en intrekken")]

    def __str__(self):
        return self.naam

    @property
    def actief(self) -> bool:
        return self.ingetrokken_op is None and self.application_id is not None

    @property
    def uri(self) -> str:
        """Who this client is in the Logboek Dataverwerkingen (the foreign party of a call)."""
        return f"urn:nl:werkspoor:api-client:{self.pk}"


class RateWindow(models.Model):
    """Requests of one client (or address, for the public operations) in one minute."""

    sleutel = models.CharField(max_length=80)
    minuut = models.BigIntegerField()
    aantal = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["sleutel", "minuut"], name="api_ratewindow_uniek")
        ]
