# SPDX-License-Identifier: EUPL-1.2
"""The Logboek Dataverwerkingen (Logius standard): a log line for every processing of a
resident's data, and the register of processing activities it refers to."""

from django.apps import AppConfig


class LogbookConfig(AppConfig):
    name = "werkspoor.logbook"
    label = "logbook"
    verbose_name = "Logboek dataverwerkingen"

    def ready(self):
        from . import hooks

        hooks.connect()
