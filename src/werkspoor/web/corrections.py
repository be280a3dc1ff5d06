# SPDX-License-Identifier: EUPL-1.2
"""Which registered entries a werkcoach may correct or withdraw, and which fields.

Each app registers its own kinds (`register_correctable` in its ready()); the pages in
correction_views.py are the same for every kind. The rule behind them is in
core/corrections.py: the old values and the reason go into the audit log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db import models

from werkspoor.registry.choices import Instrument
from werkspoor.registry.models import Contactmoment, Doel, Traject

from . import services


@dataclass(frozen=True)
class Correctable:
    kind: str  # in the URL: /inwoners/<id>/correctie/<kind>/<pk>/
    model: type[models.Model]
    fields: tuple[str, ...]  # what may be corrected; the full entry is kept on withdrawal
    check: Callable[[models.Model], None] | None = None  # extra rule on the corrected entry

    @property
    def label(self) -> str:
        return str(self.model._meta.verbose_name)

    @property
    def snapshot_fields(self) -> list[str]:
        return [
            f.name
            for f in self.model._meta.concrete_fields
            if not f.primary_key and f.name != "inwoner"
        ]


CORRECTABLE: dict[str, Correctable] = {}


def register_correctable(kind: str, model, fields, check=None) -> Correctable:
    CORRECTABLE[kind] = Correctable(kind, model, tuple(fields), check)
    return CORRECTABLE[kind]


def _contact_not_in_future(contact: Contactmoment) -> None:
    services.not_in_future(contact.datum, "datum")


def _traject_within_limits(traject: Traject) -> None:
    if traject.instrument == Instrument.WERKEN_MET_BEHOUD:
        services.check_werken_met_behoud(traject.inwoner, traject.startdatum, traject.einddatum)


register_correctable(
    "contact", Contactmoment, ("datum", "kanaal", "notitie"), _contact_not_in_future
)
register_correctable("doel", Doel, ("soort", "omschrijving"))
register_correctable(
    "traject", Traject, ("startdatum", "einddatum", "loonwaarde"), _traject_within_limits
)
