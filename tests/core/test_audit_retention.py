# SPDX-License-Identifier: EUPL-1.2
"""Checkpoints at an interval, and retention: a sealed segment can go after its retention
period without breaking verification of the rest, but never without the key."""

from datetime import timedelta

import pytest
from django.utils import timezone

from werkspoor.core import audit
from werkspoor.core.audit import checkpoints
from werkspoor.core.audit.retention import remove_expired
from werkspoor.core.audit.verify import verify
from werkspoor.core.audit.writer import CheckpointRefused
from werkspoor.core.models import AuditActie, AuditRecord

from .audit_helpers import as_dba, sealed_log, werkspoor


@pytest.fixture
def user(build):
    return build.user(username="coach")


def _log(user, n, commit=None):
    """n records, each in a transaction of its own when `commit` (the on-commit capture)."""
    for i in range(n):
        if commit is None:
            audit.log(user, AuditActie.DOSSIER_BEKEKEN, inwoner_id=i + 1)
            continue
        with commit(execute=True):
            audit.log(user, AuditActie.DOSSIER_BEKEKEN, inwoner_id=i + 1)


def test_a_checkpoint_follows_every_n_records(user, settings, django_capture_on_commit_callbacks):
    settings.WERKSPOOR_AUDIT_CHECKPOINT_RECORDS = 10
    _log(user, 25, django_capture_on_commit_callbacks)
    sealed = verify().checkpoints
    # The first record is sealed at once; then every 10 (a checkpoint's own record counts).
    assert [(c.eerste_volgnummer, c.volgnummer) for c in sealed] == [(1, 1), (2, 11), (12, 21)]
    assert verify().intact


def test_a_checkpoint_follows_when_the_interval_time_has_passed(
    user, settings, django_capture_on_commit_callbacks
):
    settings.WERKSPOOR_AUDIT_CHECKPOINT_SECONDS = 60
    _log(user, 3, django_capture_on_commit_callbacks)
    assert len(verify().checkpoints) == 1
    later = timezone.now() + timedelta(seconds=61)
    from werkspoor.core.audit.writer import checkpoint_if_due

    checkpoint_if_due(AuditRecord.objects.order_by("-volgnummer").first().volgnummer, later)
    assert [c.volgnummer for c in verify().checkpoints] == [1, 4]


def test_audit_checkpoint_command_seals_on_demand(user, capsys):
    _log(user, 4)
    code, out, _err = werkspoor(capsys, "audit-checkpoint")
    assert code == 0 and "Checkpoint 1 geschreven: records 1 tot en met 4." in out
    code, out, _err = werkspoor(capsys, "audit-checkpoint")  # only its own record is new
    assert code == 0 and "Geen nieuwe records sinds het vorige checkpoint" in out
    code, out, _err = werkspoor(capsys, "audit-checkpoint", "--ook-zonder-nieuwe-records")
    assert "Checkpoint 2 geschreven: records 5 tot en met 5." in out


def test_retention_removes_old_segments_and_the_rest_still_verifies(user, settings, capsys):
    sealed_log(user)  # checkpoints 1-3, sealed "now"
    future = (timezone.localdate() + timedelta(days=1)).isoformat()
    code, out, _err = werkspoor(capsys, "audit-opschonen", "--voor", future, "--proef")
    assert code == 0 and "152 records (tot record 153) en checkpoints 1-3 zou verwijderen" in out
    assert AuditRecord.objects.count() == 153
    code, out, _err = werkspoor(capsys, "audit-opschonen", "--voor", future)
    assert code == 0 and "checkpoints 1-3 verwijderd" in out
    assert AuditRecord.objects.order_by("volgnummer").first().volgnummer == 153
    assert checkpoints.numbers_in(checkpoints.checkpoint_dir()) == [4]
    _log(user, 5)
    result = verify()
    assert result.intact, result.problem
    assert AuditRecord.objects.get(volgnummer=154).actie == AuditActie.AUDITLOG_OPGESCHOOND


def test_retention_keeps_what_was_sealed_after_the_date(user):
    sealed_log(user, rounds=2)
    retention = remove_expired(timezone.now() - timedelta(days=1))
    assert retention.empty and AuditRecord.objects.filter(volgnummer=1).exists()


def test_removing_old_records_without_the_key_is_found(user):
    sealed_log(user)
    as_dba(("DELETE FROM core_auditrecord WHERE volgnummer <= 50", []))
    assert (
        str(verify().problem)
        == "record 1: ontbreekt (het eerste record is 51; checkpoint 1 legde het vast)"
    )


def test_retention_refuses_a_log_that_is_not_intact(user):
    sealed_log(user)
    as_dba(("UPDATE core_auditrecord SET reden = 'x' WHERE volgnummer = 7", []))
    with pytest.raises(CheckpointRefused, match="record 7"):
        remove_expired(timezone.now() + timedelta(days=1))
    assert AuditRecord.objects.filter(volgnummer=1).exists()
