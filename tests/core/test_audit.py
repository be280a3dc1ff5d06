# SPDX-License-Identifier: EUPL-1.2
"""The audit log's records: append-only, hash-chained, numbered by a head that deletion
cannot roll back, and carrying the trace id of the request or command that wrote them."""

import pytest
from django.db import DatabaseError, IntegrityError, connection, transaction

from werkspoor.core import audit, trace
from werkspoor.core.audit.verify import verify
from werkspoor.core.models import AuditActie, AuditKop, AuditRecord

from .audit_helpers import as_dba, delete_from


@pytest.fixture
def user(build):
    return build.user(username="coach")


@pytest.fixture
def three_records(user):
    return [audit.log(user, AuditActie.DOSSIER_BEKEKEN, inwoner_id=n) for n in (1, 2, 3)]


def test_each_record_chains_to_the_previous_one(three_records):
    first, second, third = three_records
    assert first.vorige_hash == audit.GENESIS_HASH
    assert second.vorige_hash == first.hash and third.vorige_hash == second.hash
    result = verify()
    assert result.intact and result.records == 3
    assert AuditKop.objects.get().volgnummer == 3


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


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE core_auditrecord SET reden = 'x' WHERE volgnummer = 2",
        "DELETE FROM core_auditrecord WHERE volgnummer = 2",
        "UPDATE core_auditkop SET volgnummer = 1",
        "DELETE FROM core_auditkop",
    ],
)
def test_the_database_refuses_what_would_shorten_the_log_behind_the_apps_back(three_records, sql):
    with pytest.raises((IntegrityError, DatabaseError)), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(sql)
    assert AuditRecord.objects.count() == 3 and AuditKop.objects.get().volgnummer == 3


def test_verify_reports_an_edited_record(three_records):
    as_dba(("UPDATE core_auditrecord SET gebruiker = 'iemand-anders' WHERE volgnummer = 2", []))
    problem = verify().problem
    assert problem.place == "record 2" and "gewijzigd" in problem.reason


def test_verify_reports_a_removed_record(three_records):
    as_dba(("DELETE FROM core_auditrecord WHERE volgnummer = 2", []))
    problem = verify().problem
    assert problem.place == "record 2" and "ontbreekt" in problem.reason


def test_deleting_the_newest_records_does_not_free_their_numbers(three_records, user):
    delete_from(2)
    fourth = audit.log(user, AuditActie.DOSSIER_BEKEKEN, inwoner_id=4)
    assert fourth.volgnummer == 4 and fourth.vorige_hash == three_records[2].hash
    assert str(verify().problem) == "record 2: ontbreekt (het volgende record is 4)"


def test_a_cut_tail_shows_against_the_head_even_before_any_checkpoint(three_records):
    delete_from(3)
    assert str(verify().problem) == "record 3: ontbreekt (de kop van het auditlog staat op 3)"


def test_a_record_carries_the_trace_and_span_it_was_written_in(user):
    context = trace.continue_or_start("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
    with trace.activated(context):
        record = audit.log(user, AuditActie.DOSSIER_BEKEKEN, inwoner_id=1)
    assert record.trace_id == "4bf92f3577b34da6a3ce929d0e0e4736"
    assert record.span_id == context.span_id and record.span_id != "00f067aa0ba902b7"
    assert AuditRecord.objects.filter(trace_id=record.trace_id).count() == 1


def test_the_trace_id_is_part_of_the_hash(three_records):
    as_dba(("UPDATE core_auditrecord SET trace_id = %s WHERE volgnummer = 2", ["f" * 32]))
    assert verify().problem.place == "record 2"


def test_a_record_without_trace_hashes_as_records_did_before_trace_ids():
    """Records written before the trace fields existed keep verifying: empty ones stay out."""
    import hashlib
    import json
    from datetime import UTC, datetime

    fields = {
        "volgnummer": 1,
        "tijdstip": datetime(2025, 1, 2, 3, 4, 5, 6, tzinfo=UTC),
        "gebruiker": "coach",
        "actie": "dossier_bekeken",
        "inwoner_id": 1,
        "object_id": None,
        "detail": {"a": 1},
        "reden": "",
        "vorige_hash": audit.GENESIS_HASH,
    }
    before = {**fields, "tijdstip": fields["tijdstip"].isoformat()}
    canonical = json.dumps(before, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    record = AuditRecord(**fields, trace_id="", span_id="")
    assert audit.record_hash(record) == hashlib.sha256(canonical.encode()).hexdigest()
    record.trace_id = "a" * 32
    assert audit.record_hash(record) != hashlib.sha256(canonical.encode()).hexdigest()


def test_admin_offers_no_add_change_or_delete(rf, build):
    from django.contrib.admin.sites import site

    admin = site._registry[AuditRecord]
    request = rf.get("/")
    request.user = build.user(username="root")
    assert not admin.has_add_permission(request)
    assert not admin.has_change_permission(request)
    assert not admin.has_delete_permission(request)
