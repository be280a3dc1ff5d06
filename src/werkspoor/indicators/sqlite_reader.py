# SPDX-License-Identifier: EUPL-1.2
"""Reads registry tables from a SQLite file through ADBC, in a process of its own.

ADBC's SQLite driver links its own copy of SQLite. Two copies of SQLite in one process
corrupt a WAL database (https://sqlite.org/howtocorrupt.html, section 2.2): POSIX locks
belong to the process, so the second copy believes it is alone, resets the shared-memory
index that Django's connection has mapped (SIGBUS) and deletes the WAL at close (committed
rows lost). So the web app and the commands never load ADBC's SQLite next to Python's
sqlite3: the engine starts this module as a child process, which reads with ADBC alone and
hands the tables back as Arrow IPC files. This module imports neither Django nor sqlite3.
"""

import json
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, closing
from pathlib import Path
from queue import Empty, SimpleQueue

import pyarrow as pa

BUSY_TIMEOUT_MS = 20_000


def run_statement(adbc, sql: str) -> list:
    """The rows of one statement on an ADBC connection."""
    with closing(adbc.cursor()) as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def _connect(database: str, autocommit: bool = False):
    import adbc_driver_sqlite.dbapi

    adbc = adbc_driver_sqlite.dbapi.connect(database, autocommit=autocommit)
    run_statement(adbc, f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return adbc


def start_one_snapshot(database: str, readers: list) -> None:
    """Start every reader's read transaction while a connection of the same SQLite copy
    holds the write lock: no commit can come between them, so all read the same state."""
    with closing(_connect(database, autocommit=True)) as blocker:
        run_statement(blocker, "BEGIN IMMEDIATE")
        try:
            for reader in readers:
                run_statement(
                    reader, "SELECT COUNT(*) FROM sqlite_master"
                )  # the read transaction starts
        finally:
            run_statement(blocker, "ROLLBACK")  # nothing was written


def read_in_parallel(readers: list, queries: dict[str, str]) -> dict[str, pa.Table]:
    """The result of every query as an Arrow table, the ADBC connections (SQLite here,
    PostgreSQL in the engine) each taking the next query from a queue as they finish."""
    pending: SimpleQueue = SimpleQueue()
    for name in queries:
        pending.put(name)

    def read(adbc) -> dict[str, pa.Table]:
        tables = {}
        with closing(adbc.cursor()) as cursor:
            while True:
                try:
                    name = pending.get_nowait()
                except Empty:
                    return tables
                cursor.execute(queries[name])
                tables[name] = cursor.fetch_arrow_table()

    with ThreadPoolExecutor(max_workers=len(readers)) as pool:
        parts = list(pool.map(read, readers))
    tables = {name: table for part in parts for name, table in part.items()}
    return {name: tables[name] for name in queries}


def read_tables(database: str, queries: dict[str, str], reader_count: int) -> dict[str, pa.Table]:
    """The result of every query, read by `reader_count` connections sharing one snapshot."""
    with ExitStack() as stack:
        readers = [stack.enter_context(closing(_connect(database))) for _ in range(reader_count)]
        start_one_snapshot(database, readers)
        tables = read_in_parallel(readers, queries)
        for reader in readers:
            reader.rollback()
        return tables


def read_tables_in_child(
    database: str, queries: dict[str, str], reader_count: int
) -> dict[str, pa.Table]:
    """`read_tables` run by a child process (see the module's docstring); the tables come
    back memory-mapped from files in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="werkspoor-lezen-") as folder:
        request = {"database": database, "queries": queries, "readers": reader_count}
        child = subprocess.run(
            [sys.executable, "-m", __name__, folder],
            input=json.dumps(request),
            capture_output=True,
            text=True,
            check=False,
        )
        if child.returncode != 0:
            raise RuntimeError(
                f"Het register kon niet worden gelezen uit {database} "
                f"(exit {child.returncode}): {child.stderr.strip()[-2000:]}"
            )
        # A mapped file stays readable after the folder is removed (POSIX).
        return {
            name: pa.ipc.open_file(pa.memory_map(str(Path(folder) / f"{index}.arrow"))).read_all()
            for index, name in enumerate(queries)
        }


def main(folder: str) -> None:
    request = json.load(sys.stdin)
    tables = read_tables(request["database"], request["queries"], request["readers"])
    for index, table in enumerate(tables.values()):
        with pa.OSFile(str(Path(folder) / f"{index}.arrow"), "wb") as sink:
            with pa.ipc.new_file(sink, table.schema) as writer:
                writer.write_table(table)


if __name__ == "__main__":
    main(sys.argv[1])
