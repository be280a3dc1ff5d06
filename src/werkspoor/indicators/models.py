# SPDX-License-Identifier: EUPL-1.2
"""No tables of its own: the indicators are computed from the registry. This unmanaged
model only carries the permission to see figures without disclosure control."""

from django.db import models


class IndicatorAccess(models.Model):
    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("view_unsuppressed", "Mag indicatoren zonder onthullingscontrole zien"),
        ]
