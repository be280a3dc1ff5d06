# SPDX-License-Identifier: EUPL-1.2
"""Signed checkpoints: what a database administrator without the key does to the audit log
is found by `werkspoor audit-verify`, which names the first bad record or checkpoint and
exits 1. The log of each test: checkpoint 1 seals records 1-50, checkpoint 2 seals 51-101,
checkpoint 3 seals 102-152, and record 153 names checkpoint 3 (see audit_helpers)."""

import dataclasses
import json
from types import SimpleNamespace

import pytest

from werkspoor.core import audit
from werkspoor.core.audit import checkpoints, keys, writer
from werkspoor.core.audit.verify import verify
from werkspoor.core.audit.writer import CheckpointRefused, write_checkpoint
from werkspoor.core.models import AuditActie, AuditRecord

from .audit_helpers import (
    as_dba,
    delete_from,
    insert_like_the_old_writer,
    rewrite_from,
    sealed_log,
    werkspoor,
)


@pytest.fixture
def user(build):
    return build.user(username="coach")


@pytest.fixture
def sealed(user):
    return sealed_log(user)


def _public_key_only(settings, audit_key):
    """A verifier's machine: the public key, the folder, no private key."""
    settings.WERKSPOOR_AUDIT_PRIVATE_KEY = ""
    settings.WERKSPOOR_AUDIT_PUBLIC_KEY = str(audit_key.with_name(keys.DEMO_PUBLIC_NAME))


def test_checkpoints_seal_each_segment_and_chain(sealed, audit_checkpoints):
    first, second, third = sealed
    assert (first.eerste_volgnummer, first.volgnummer) == (1, 50)
    assert (second.eerste_volgnummer, second.volgnummer) == (51, 101)
    assert second.vorige_checkpoint == first.hash and third.vorige_checkpoint == second.hash
    assert third.kop_hash == AuditRecord.objects.get(volgnummer=152).hash
    assert AuditRecord.objects.get(volgnummer=153).detail == {"checkpoint": 3, "hash": third.hash}
    assert sorted(p.name for p in audit_checkpoints.iterdir()) == [
        "0000000001.json",
        "0000000002.json",
        "0000000003.json",
    ]
    document = json.loads((audit_checkpoints / "0000000002.json").read_text())
    assert document["checkpoint"]["volgnummer"] == 101 and document["handtekening"]


def test_an_intact_log_passes_with_only_the_public_key(sealed, settings, audit_key, capsys):
    _public_key_only(settings, audit_key)
    code, out, err = werkspoor(capsys, "audit-verify")
    assert (code, err) == (0, "")
    assert "Auditlog intact: 153 records" in out and "3 checkpoints" in out
    assert "verzegelt tot en met record 152" in out and "--verwacht 3:" in out
    assert AuditRecord.objects.count() == 153  # a verifier without the key writes nothing


def test_verification_with_the_signing_key_seals_first(sealed, capsys):
    code, out, _err = werkspoor(capsys, "audit-verify")
    assert code == 0
    assert "Checkpoint 4 geschreven (tot en met record 153)" in out
    assert "Auditlog intact: 154 records" in out and "0 records daarna" not in out


@pytest.mark.parametrize(
    ("removed", "first_bad"),
    [
        (1, "record 153: ontbreekt (het vermeldt checkpoint 3; het log is ingekort)"),
        (
            50,
            "record 104: ontbreekt (het log is ingekort: checkpoint 3 legde records tot 152 "
            "vast; checkpoint 3 legde het vast)",
        ),
    ],
)
def test_a_deleted_tail_is_found_and_named(sealed, capsys, removed, first_bad):
    delete_from(154 - removed)
    code, _out, err = werkspoor(capsys, "audit-verify")
    assert code == 1
    assert f"Auditlog NIET intact: {first_bad}" in err


def test_a_deleted_unsealed_tail_is_found_by_the_head_counter(sealed, user, capsys):
    for n in range(5):
        audit.log(user, AuditActie.DOSSIER_BEKEKEN, inwoner_id=n)  # 154-158, not sealed
    delete_from(156)
    code, _out, err = werkspoor(capsys, "audit-verify", "--zonder-checkpoint")
    assert code == 1 and "record 156: ontbreekt (de kop van het auditlog staat op 158)" in err


def test_a_rewritten_chain_with_recomputed_plain_hashes_is_found(sealed, capsys):
    rewrite_from(100, gebruiker="iemand-anders")
    assert all(  # the database alone can no longer tell
        audit.record_hash(r) == r.hash for r in AuditRecord.objects.filter(volgnummer__gte=99)
    )
    code, _out, err = werkspoor(capsys, "audit-verify")
    assert code == 1
    assert "record 100: is herschreven: checkpoint 2 legde een andere hash vast" in err


def test_a_reused_sequence_number_is_found(sealed, user, capsys):
    delete_from(104)
    insert_like_the_old_writer(user, 104)
    code, _out, err = werkspoor(capsys, "audit-verify", "--zonder-checkpoint")
    assert code == 1
    assert "record 104: volgnummer 104 is opnieuw uitgegeven: checkpoint 3 legde op" in err


def test_the_app_numbers_on_past_the_newest_checkpoint_after_a_deleted_tail(sealed, user):
    delete_from(104)
    as_dba(("UPDATE core_auditkop SET volgnummer = 103, hash = %s", ["0" * 64]))
    record = audit.log(user, AuditActie.DOSSIER_BEKEKEN, inwoner_id=1)
    assert record.volgnummer == 153 and record.vorige_hash == sealed[2].kop_hash
    assert str(verify().problem).startswith("record 104: ontbreekt")


@pytest.mark.parametrize(
    ("deleted", "first_bad"),
    [
        (2, "checkpoint 2: ontbreekt"),
        (3, "checkpoint 3: ontbreekt (record 153 vermeldt het)"),
    ],
)
def test_a_deleted_checkpoint_is_found(sealed, audit_checkpoints, capsys, deleted, first_bad):
    (audit_checkpoints / checkpoints.file_name(deleted)).unlink()
    code, _out, err = werkspoor(capsys, "audit-verify")
    assert code == 1 and f"Auditlog NIET intact: {first_bad}" in err


def test_the_writer_never_numbers_over_a_deleted_checkpoint(sealed, audit_checkpoints):
    (audit_checkpoints / checkpoints.file_name(3)).unlink()
    with pytest.raises(CheckpointRefused, match="checkpoint 3 ontbreekt in de map"):
        write_checkpoint(force=True)


def test_an_altered_checkpoint_is_found(sealed, audit_checkpoints, capsys):
    path = audit_checkpoints / checkpoints.file_name(2)
    document = json.loads(path.read_text())
    document["checkpoint"]["tijdstip"] = "2020-01-01T00:00:00+00:00"
    path.write_text(json.dumps(document))
    code, _out, err = werkspoor(capsys, "audit-verify", "--zonder-checkpoint")
    assert code == 1 and "checkpoint 2: is gewijzigd: de handtekening klopt niet" in err


def test_a_checkpoint_signed_with_another_key_is_refused(sealed, audit_checkpoints, tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    forged = Ed25519PrivateKey.generate()
    signed = checkpoints.read(audit_checkpoints / checkpoints.file_name(3))
    (audit_checkpoints / checkpoints.file_name(3)).unlink()
    copy = dataclasses.replace(signed.checkpoint, sleutel=keys.key_id(forged.public_key()))
    checkpoints.publish(copy, checkpoints.sign(copy, forged), tmp_path)
    (tmp_path / checkpoints.file_name(3)).rename(audit_checkpoints / checkpoints.file_name(3))
    assert "ondertekend met een onbekende sleutel" in str(verify().problem)


def test_a_checkpoint_the_auditor_saw_must_still_be_there(sealed, audit_checkpoints, capsys):
    seen = f"3:{sealed[2].hash}"
    assert werkspoor(capsys, "audit-verify", "--zonder-checkpoint", "--verwacht", seen)[0] == 0
    for number in (1, 2, 3):  # the whole folder, and the records that name checkpoints
        (audit_checkpoints / checkpoints.file_name(number)).unlink()
    as_dba(("DELETE FROM core_auditrecord WHERE actie = 'checkpoint_geschreven'", []))
    code, _out, err = werkspoor(capsys, "audit-verify", "--zonder-checkpoint", "--verwacht", seen)
    assert code == 1 and "checkpoint 3: ontbreekt (het was er bij een eerdere controle)" in err


def test_the_writer_refuses_to_seal_a_segment_that_does_not_hold(sealed, user):
    audit.log(user, AuditActie.DOSSIER_BEKEKEN, inwoner_id=1)
    as_dba(("UPDATE core_auditrecord SET reden = 'x' WHERE volgnummer = 154", []))
    with pytest.raises(CheckpointRefused, match="record 154 is gewijzigd"):
        write_checkpoint()
    assert checkpoints.numbers_in(checkpoints.checkpoint_dir()) == [1, 2, 3]


def test_after_a_refusal_the_app_tries_again_after_the_interval_not_after_every_record(
    sealed, user, settings, caplog, monkeypatch
):
    """Each attempt reads the whole unsealed tail; one per request made every request slow."""
    settings.WERKSPOOR_AUDIT_CHECKPOINT_RECORDS = 1
    audit.log(user, AuditActie.DOSSIER_BEKEKEN, inwoner_id=1)
    as_dba(("UPDATE core_auditrecord SET reden = 'x' WHERE volgnummer = 154", []))
    clock = SimpleNamespace(monotonic=lambda: 1000.0)
    monkeypatch.setattr(writer, "time", clock)

    def refusals_after_a_record() -> int:
        record = audit.log(user, AuditActie.DOSSIER_BEKEKEN, inwoner_id=2)
        writer.checkpoint_if_due(record.volgnummer, record.tijdstip)
        return sum("record 154 is gewijzigd" in r.getMessage() for r in caplog.records)

    assert [refusals_after_a_record() for _ in range(3)] == [1, 1, 1]
    clock.monotonic = lambda: 1000.0 + settings.WERKSPOOR_AUDIT_CHECKPOINT_SECONDS
    assert refusals_after_a_record() == 2
    assert checkpoints.numbers_in(checkpoints.checkpoint_dir()) == [1, 2, 3]


def test_a_long_unsealed_tail_means_checkpoints_stopped(sealed, user, settings):
    settings.WERKSPOOR_AUDIT_CHECKPOINT_RECORDS = 20
    write_checkpoint(force=True)  # checkpoint 4 records the interval of 20
    for n in range(41):
        audit.log(user, AuditActie.DOSSIER_BEKEKEN, inwoner_id=n)
    problem = verify().problem
    assert problem.place == "checkpoint 5" and "42 records na checkpoint 4" in problem.reason


def test_a_missing_public_key_is_a_configuration_error(sealed, settings, capsys, tmp_path):
    settings.WERKSPOOR_AUDIT_PRIVATE_KEY = ""
    settings.WERKSPOOR_AUDIT_PUBLIC_KEY = str(tmp_path / "nergens.pem")
    code, _out, err = werkspoor(capsys, "audit-verify")
    assert code == 2 and "nergens.pem bestaat niet" in err


def test_the_demo_generates_a_key_pair_in_the_data_folder_and_says_so(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    settings.WERKSPOOR_AUDIT_PRIVATE_KEY = ""
    notice = keys.demo_key_notice()
    assert f"demosleutel voor de checkpoints aangemaakt in {tmp_path / 'auditlog'}" in notice
    private = tmp_path / "auditlog" / keys.DEMO_PRIVATE_NAME
    assert private.stat().st_mode & 0o077 == 0  # readable by the owner only
    assert "staat in" in keys.demo_key_notice()  # made once
    assert keys.key_id(keys.signing_key().public_key()) in keys.public_keys()


def test_production_takes_the_key_from_configuration_only(settings, tmp_path):
    settings.DATA_DIR, settings.PRODUCTION = tmp_path, True
    settings.WERKSPOOR_AUDIT_PRIVATE_KEY = ""
    with pytest.raises(keys.KeyConfigError, match="WERKSPOOR_AUDIT_PRIVATE_KEY is niet gezet"):
        keys.signing_key()
    assert not (tmp_path / "auditlog").exists()


def test_the_readme_describes_audit_verify_as_it_is(settings):
    import re

    from django.core.management import load_command_class

    readme = (settings.REPO_ROOT / "README.md").read_text(encoding="utf-8")
    line = next(row for row in readme.splitlines() if row.startswith("| `werkspoor audit-verify"))
    command = load_command_class("werkspoor.core", "audit-verify")
    parser = command.create_parser("werkspoor", "audit-verify")
    known = {option for action in parser._actions for option in action.option_strings}
    assert set(re.findall(r"--[a-z-]+", line)) <= known
    assert "exit 1" in line and "alleen de publieke sleutel" in line
