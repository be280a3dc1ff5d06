# SPDX-License-Identifier: EUPL-1.2
"""The audit log says who did what; every audit record about residents whose action the
register names (an activity's `auditacties`) is also a processing, written here as that
activity's lines in the same transaction and trace. So a view or service that audits what
it does is in the Logboek Dataverwerkingen without a second call, and the two records of one
act share their trace and span ids (the link the standard advises)."""

from __future__ import annotations

from django.db.models.signals import post_save

from werkspoor.core.models import AuditRecord

from . import services
from .register import register


def residents_of(record: AuditRecord) -> list[int]:
    """The residents an audit record is about: its resident, or the list in its detail."""
    ids = [record.inwoner_id] if record.inwoner_id is not None else []
    listed = (record.detail or {}).get("inwoners") or []
    ids += [i for i in listed if isinstance(i, int)]
    return ids


def audit_record_written(sender, instance: AuditRecord, created: bool, raw=False, **kwargs):
    if not created or raw:
        return
    activiteit = register().for_audit_action(instance.actie)
    if activiteit is None:
        return
    residents = residents_of(instance)
    if residents:
        services.record(activiteit.id, residents, instance.get_actie_display())


def connect() -> None:
    post_save.connect(
        audit_record_written, sender=AuditRecord, dispatch_uid="logbook-audit-record-written"
    )
