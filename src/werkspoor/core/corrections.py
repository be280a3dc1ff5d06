# SPDX-License-Identifier: EUPL-1.2
"""Correcting or withdrawing a registered entry: never a silent overwrite.

The values before (and after) go into the audit log together with the reason. A withdrawn
entry leaves the registry, so no indicator counts it any more, and lives on in the log.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models, transaction

from . import audit
from .models import AuditActie, AuditRecord


def _plain(value):
    """A JSON value for the audit log (dates and times in ISO form, foreign keys as ids)."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def snapshot(instance: models.Model, fields) -> dict:
    return {name: _plain(getattr(instance, name)) for name in fields}


def entry_label(model) -> str:
    return model._meta.label_lower


def _require_reason(reden: str, wat: str) -> str:
    reden = (reden or "").strip()
    if len(reden) < 5:
        raise ValidationError({"reden": f"Geef de reden van {wat} (minstens 5 tekens)."})
    return reden


@transaction.atomic
def correct(
    user, instance: models.Model, changes: dict, reden: str, inwoner_id, check=None
) -> AuditRecord:
    """Apply `changes` (field -> new value) after validation (the model's own and `check`
    on the changed instance) and log old and new values."""
    reden = _require_reason(reden, "de correctie")
    before = snapshot(instance, changes)
    changed = {name for name, value in changes.items() if _plain(value) != before[name]}
    if not changed:
        raise ValidationError("Er is niets gewijzigd: pas een veld aan of annuleer.")
    for name in changed:
        setattr(instance, name, changes[name])
    instance.full_clean()
    if check is not None:
        check(instance)
    instance.save(update_fields=sorted(changed))
    return audit.log(
        user,
        AuditActie.GECORRIGEERD,
        inwoner_id,
        instance.pk,
        {
            "soort": entry_label(type(instance)),
            "oud": {name: before[name] for name in sorted(changed)},
            "nieuw": {name: _plain(changes[name]) for name in sorted(changed)},
        },
        reden=reden,
    )


@transaction.atomic
def withdraw(user, instance: models.Model, fields, reden: str, inwoner_id) -> AuditRecord:
    """Remove the entry; its full content is kept in the audit log with the reason."""
    reden = _require_reason(reden, "het intrekken")
    original, pk = snapshot(instance, fields), instance.pk
    instance.delete()
    return audit.log(
        user,
        AuditActie.INGETROKKEN,
        inwoner_id,
        pk,
        {"soort": entry_label(type(instance)), "oud": original},
        reden=reden,
    )


def history(inwoner_id: int) -> list[AuditRecord]:
    """Every correction and withdrawal in one resident's file, newest first (one query)."""
    return list(
        AuditRecord.objects.filter(
            inwoner_id=inwoner_id, actie__in=[AuditActie.GECORRIGEERD, AuditActie.INGETROKKEN]
        ).order_by("-volgnummer")
    )
