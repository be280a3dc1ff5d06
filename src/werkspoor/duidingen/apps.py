# SPDX-License-Identifier: EUPL-1.2
"""Duiding: the explanation beleid writes per Dashboard tile per quarter, versioned, with
its author and time, approved by a second beleid user before it is published."""

from django.apps import AppConfig


class DuidingenConfig(AppConfig):
    name = "werkspoor.duidingen"
    label = "duidingen"
    verbose_name = "Duiding"
