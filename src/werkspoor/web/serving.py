# SPDX-License-Identifier: EUPL-1.2
"""Tuning of the gunicorn workers of `werkspoor serve` (measured with bench/bench_web.py).

- **Garbage collector.** The app is imported in the master before it forks, and a worker
  reads more (the income rules, the matching pool) on its first requests. A full collection
  walks every object in the process (≈190,000 after the first requests, hundreds of ms on a
  busy machine) and lands on whichever request happens to allocate then: a tail of the
  latency that has nothing to do with the page. Objects alive after the fork and after a
  worker's first requests are frozen (`gc.freeze()`: never scanned again; they live as long
  as the worker anyway), and the youngest generation is collected less often.
- **SQLite checkpoints.** Every request writes (audit log, Logboek Dataverwerkingen). With
  SQLite's default, the commit that makes the write-ahead log pass 1,000 pages copies it into
  the database and syncs the file in that request: on a caseload view about every fourth
  request, +50-250 ms. In the workers that checkpoint is done by a thread of its own every
  `CHECKPOINT_SECONDS` (PASSIVE: it never waits for, nor blocks, readers or writers; the
  sqlite3 module releases the GIL meanwhile), so no request waits for a sync. Commands
  (`werkspoor demo`, imports) keep SQLite's automatic checkpoints.
"""

from __future__ import annotations

import gc
import logging
import random
import sqlite3
import threading
import time

from django.conf import settings
from django.db.backends.signals import connection_created

logger = logging.getLogger(__name__)

YOUNG_THRESHOLD = 20_000  # allocations between collections of the youngest generation
FREEZE_AFTER_REQUESTS = 10  # by then a worker has read most of what it keeps (rules)
CHECKPOINT_SECONDS = 2.0


def _sqlite_path() -> str | None:
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        return None
    return str(database["NAME"])


def _no_autocheckpoint(sender, connection, **kwargs) -> None:
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_autocheckpoint=0")


def _checkpoint_loop(path: str, seconds: float) -> None:
    db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    time.sleep(random.uniform(0, seconds))  # the workers' checkpoints spread out
    while True:
        try:
            db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error as error:  # a busy database: the next round catches up
            logger.debug("WAL-checkpoint overgeslagen: %s", error)
        time.sleep(seconds)


def start_checkpointer(seconds: float = CHECKPOINT_SECONDS) -> bool:
    """In this process: no checkpoint in a request's commit, a thread that checkpoints
    instead. False (and nothing changed) when the database is not SQLite."""
    path = _sqlite_path()
    if path is None:
        return False
    connection_created.connect(_no_autocheckpoint, dispatch_uid="werkspoor-no-autocheckpoint")
    thread = threading.Thread(
        target=_checkpoint_loop, args=(path, seconds), name="wal-checkpoint", daemon=True
    )
    thread.start()
    return True


def post_fork(server, worker) -> None:
    """gunicorn hook, in each new worker."""
    gc.freeze()  # what the master imported
    gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    start_checkpointer()


_handled = 0


def post_request(worker, req, environ, resp) -> None:
    """gunicorn hook: once the worker has warmed up, freeze what it keeps."""
    global _handled
    _handled += 1
    if _handled == FREEZE_AFTER_REQUESTS:
        gc.collect(1)  # the young garbage; a full collection would take as long as it saves
        gc.freeze()
