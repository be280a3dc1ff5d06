# SPDX-License-Identifier: EUPL-1.2
"""The audit log is append-only and hash-chained; audit-verify finds any break."""

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, IntegrityError, connection, transaction

from werkspoor.core import audit
from werkspoor.core.models import AuditActie, AuditRecord


@pytest.fixture
def three_records(build):
    user = build.user(username="coach")
    return [audit.log(user, AuditActie.DOSSIER_BEKEKEN, inwoner_id=n) for n in (1, 2, 3)]


def test_each_record_chains_to_the_previous_one(three_records):
    first, second, third = three_records
    assert first.vorige_hash == audit.GENESIS_HASH
    assert second.vorige_hash == first.hash and third.vorige_hash == second.hash
    assert audit.verify_chain().intact and audit.verify_chain().checked == 3


def test_the_app_cannot_change_or_delete_a_record(three_records):
    record = AuditRecord.objects.get(volgnummer=2)
    record.reden = "anders"
    with pytest.raises(PermissionError):
        record.save()
    with pytest.raises(PermissionError):
        record.delete()
    with pytest.raises(PermissionError):
        AuditRecord.objects.all().delete()
    with pytest.raises(PermissionError):
        AuditRecord.objects.filter(volgnummer=2).update(reden="anders")


def test_the_database_refuses_update_and_delete_behind_the_apps_back(three_records):
    for sql in (
        "UPDATE core_auditrecord SET reden = 'x' WHERE volgnummer = 2",
        "DELETE FROM core_auditrecord WHERE volgnummer = 2",
    ):
        with pytest.raises((IntegrityError, DatabaseError)), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(sql)
    assert AuditRecord.objects.count() == 3


def _tamper(sql):
    from werkspoor.core import append_only

    append_only.uninstall(connection)
    with connection.cursor() as cursor:
        cursor.execute(sql)
    append_only.install(connection)


def test_verify_reports_an_edited_record(three_records):
    _tamper("UPDATE core_auditrecord SET gebruiker = 'iemand-anders' WHERE volgnummer = 2")
    report = audit.verify_chain()
    assert (report.intact, report.broken_at) == (False, 2)
    assert "gewijzigd" in report.reason


def test_verify_reports_a_removed_record(three_records):
    _tamper("DELETE FROM core_auditrecord WHERE volgnummer = 2")
    report = audit.verify_chain()
    assert (report.intact, report.broken_at) == (False, 2)
    assert "ontbreekt" in report.reason


def test_audit_verify_command_says_intact_or_fails_with_the_record(three_records, capsys):
    call_command("audit-verify")
    assert "3 records" in capsys.readouterr().out
    _tamper("UPDATE core_auditrecord SET reden = 'weggepoetst' WHERE volgnummer = 3")
    with pytest.raises(CommandError, match="record 3") as raised:
        call_command("audit-verify")
    assert raised.value.returncode == 1


def test_admin_offers_no_add_change_or_delete(rf, build):
    from django.contrib.admin.sites import site

    admin = site._registry[AuditRecord]
    request = rf.get("/")
    request.user = build.user(username="root")
    assert not admin.has_add_permission(request)
    assert not admin.has_change_permission(request)
    assert not admin.has_delete_permission(request)
