# SPDX-License-Identifier: EUPL-1.2
"""Who leads which team: the link that scopes a teamleider to their team's residents.

Werkcoach accounts are linked through `registry.Werkcoach.user`; roles are Django groups
(see roles.py).
"""

from django.conf import settings
from django.db import models

from werkspoor.registry.models import Team


class Teamleiding(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="teamleidingen"
    )
    # No database FK: `werkspoor demo` empties the registry with TRUNCATE on PostgreSQL, which
    # refuses tables referenced from outside the list; the demo removes these rows itself.
    team = models.ForeignKey(
        Team, on_delete=models.CASCADE, related_name="teamleidingen", db_constraint=False
    )

    class Meta:
        verbose_name = "teamleiding"
        verbose_name_plural = "teamleidingen"
        constraints = [
            models.UniqueConstraint(fields=["user", "team"], name="web_teamleiding_uniek")
        ]
        permissions = [
            ("view_teamoverzicht", "Mag het teamoverzicht (caseload per werkcoach) zien"),
            ("herverdelen", "Mag inwoners aan een andere werkcoach toewijzen"),
            ("use_caseload", "Mag een eigen caseload en dossiers gebruiken"),
        ]

    def __str__(self):
        return f"{self.user} leidt {self.team}"


class Werkgebied(models.Model):
    """A wijk a team takes new residents from: its teamleider sees and assigns the residents
    there who have a running benefit but no werkcoach yet."""

    # No database FK, for the same reason as Teamleiding.team.
    team = models.ForeignKey(
        Team, on_delete=models.CASCADE, related_name="werkgebied", db_constraint=False
    )
    wijk = models.CharField(max_length=100)

    class Meta:
        verbose_name = "werkgebied"
        verbose_name_plural = "werkgebieden"
        constraints = [
            models.UniqueConstraint(fields=["team", "wijk"], name="web_werkgebied_uniek")
        ]

    def __str__(self):
        return f"{self.team}: {self.wijk}"
