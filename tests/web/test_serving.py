# SPDX-License-Identifier: EUPL-1.2
"""The gunicorn workers' tuning (werkspoor.web.serving): no SQLite checkpoint in a request's
commit but one by a thread of the worker, and the long-lived objects frozen once a worker has
warmed up."""

import gc
import sqlite3

from django.db.backends.signals import connection_created

from werkspoor.web import serving


def test_a_worker_connection_leaves_checkpoints_to_the_thread(tmp_path):
    path = tmp_path / "db.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")

    class Wrapper:  # what connection_created hands over: vendor and cursor()
        vendor = "sqlite"

        def cursor(self):
            class Cursor:
                def __enter__(self):
                    return db

                def __exit__(self, *exc):
                    return False

            return Cursor()

    serving._no_autocheckpoint(sender=None, connection=Wrapper())
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone() == (0,)
    db.execute("CREATE TABLE t (x)")
    db.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(1000)])
    db.commit()
    # What the thread runs: every frame of the write-ahead log copied into the database.
    busy, frames, copied = (
        sqlite3.connect(path).execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    )
    assert busy == 0 and frames == copied > 0


def test_no_checkpoint_thread_without_sqlite(settings):
    settings.DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "x"}}
    assert serving.start_checkpointer() is False
    assert not connection_created.disconnect(dispatch_uid="werkspoor-no-autocheckpoint")


def test_a_warmed_up_worker_freezes_what_it_keeps(monkeypatch):
    monkeypatch.setattr(serving, "_handled", 0)
    try:
        for _ in range(serving.FREEZE_AFTER_REQUESTS - 1):
            serving.post_request(None, None, {}, None)
        before = gc.get_freeze_count()
        serving.post_request(None, None, {}, None)
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()


def test_one_thread_per_process_takes_the_worker_that_waits_in_one_queue():
    from werkspoor.web.management.commands.serve import worker_class

    assert worker_class(1) == "sync"
    assert worker_class(4) == "gthread"
