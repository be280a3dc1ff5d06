# SPDX-License-Identifier: EUPL-1.2
"""Reference series: published figures of others (CBS StatLine for the Netherlands, the G4)
that beleid imports, so that the Dashboard can show the gemeente's change next to them."""

from django.apps import AppConfig


class ReferentiesConfig(AppConfig):
    name = "werkspoor.referenties"
    label = "referenties"
    verbose_name = "Referentiereeksen"
