# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor serve`: the web app on 127.0.0.1, served by gunicorn."""

import os
import subprocess
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

REQUEST_TIMEOUT_SECONDS = 300


def default_workers() -> int:
    """Two processes per core plus one, each handling one request at a time: a request is
    mostly Python, so threads in one process wait for each other's GIL, and under load the
    slowest requests were those queued behind another in the same process (bench_web.py,
    PostgreSQL, 30 s runs on a noisy machine: caseload p95 94-158 ms with 3 processes of 4
    threads, 72-107 ms with 5 of 1)."""
    return 2 * (os.cpu_count() or 1) + 1


def worker_class(threads: int) -> str:
    """One thread per process: gunicorn's `sync` worker, which takes a connection from the
    shared listening socket only when it is free, so every request waits in one queue for
    the first free process. The `gthread` worker accepts connections while busy and keeps
    keep-alive connections in its own process: a request then waits behind another in that
    process while others are idle (bench_web.py, 50 users, paired 40 s runs on a busy
    machine: p95 0.4-0.6 s with sync against 0.8-1.0 s with gthread). More threads per
    process take gthread."""
    return "sync" if threads == 1 else "gthread"


class Command(BaseCommand):
    help = "Start de webapplicatie op http://127.0.0.1:PORT (gunicorn)."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000, help="poort (standaard 8000)")
        parser.add_argument("--host", default="127.0.0.1", help="adres (standaard 127.0.0.1)")
        parser.add_argument(
            "--workers",
            type=int,
            default=default_workers(),
            help="aantal processen (standaard 2 per processorkern plus 1)",
        )
        parser.add_argument(
            "--threads", type=int, default=1, help="verzoeken tegelijk per proces (standaard 1)"
        )

    def handle(self, *args, port, host, workers, threads, **options):
        from werkspoor.core.database import ensure_schema

        if not 0 < port < 65536:
            raise CommandError(
                f"Poort {port} bestaat niet; kies een getal van 1 tot 65535.", returncode=2
            )
        ensure_schema()
        connections.close_all()  # no SQLite connection carried into the forked workers
        settings.STATIC_ROOT.mkdir(parents=True, exist_ok=True)
        if settings.WERKSPOOR_VOORBEREKENEN:
            # The published figures, when the registry moved on since the last computation:
            # in another process, so the app answers at once (pages say "being computed").
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "werkspoor.cli",
                    "voorbereken",
                    "--als-nodig",
                    "--zonder-pdf",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        from gunicorn.app.base import BaseApplication

        from werkspoor.conf.wsgi import application
        from werkspoor.web import serving

        class WerkspoorServer(BaseApplication):
            def load_config(self):
                self.cfg.set("bind", f"{host}:{port}")
                self.cfg.set("workers", workers)
                self.cfg.set("threads", threads)
                self.cfg.set("worker_class", worker_class(threads))
                if threads > 1:
                    # Longer than a user's pause between clicks: fewer reconnects.
                    self.cfg.set("keepalive", 10)
                # A sync worker answers gunicorn's heartbeat only between requests: a long one
                # (a PDF of the Monitor, an upload) must not count as hung.
                self.cfg.set("timeout", REQUEST_TIMEOUT_SECONDS)
                self.cfg.set("accesslog", None)
                self.cfg.set("proc_name", "werkspoor")
                # Garbage collector and SQLite checkpoints off the requests' path (serving.py).
                self.cfg.set("post_fork", serving.post_fork)
                self.cfg.set("post_request", serving.post_request)

            def load(self):
                return application

        self.stdout.write(f"Werkspoor draait op http://{host}:{port}/  (stoppen: Ctrl+C)")
        WerkspoorServer().run()
