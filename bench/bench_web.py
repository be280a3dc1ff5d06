# SPDX-License-Identifier: EUPL-1.2
"""Load test of the workspace: p95 latency of the caseload page, the dossier, the search
and the vacancy match (ranked candidates) under 50 concurrent simulated users (werkcoaches
and, one in five, bedrijfsadviseurs), served by `werkspoor serve` (gunicorn) on loopback,
against a baseline measured in the same run (one user, no load).

Needs a built demo city in the configured database (`werkspoor demo`). Bounded: every user
stops after --seconds; only 127.0.0.1 is contacted.

    WERKSPOOR_VANDAAG=2025-12-31 .venv/bin/python bench/bench_web.py [--users 50] [--seconds 60]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote_plus

import requests

WERKSPOOR = Path(sys.executable).with_name("werkspoor")
KINDS = ("caseload", "dossier", "zoeken", "match")
ADVISER_SHARE = 0.2  # one simulated user in five is a bedrijfsadviseur matching vacancies


def start_server(port: int, options: list[str], ready_path: str) -> subprocess.Popen:
    """`werkspoor serve` on loopback (no precomputation at start), once it answers."""
    server = subprocess.Popen(
        [str(WERKSPOOR), "serve", "--port", str(port), *options],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "WERKSPOOR_VOORBEREKENEN": "0"},
    )
    wait_for_server(server, f"http://127.0.0.1:{port}{ready_path}")
    return server


def wait_for_server(server: subprocess.Popen, url: str, seconds: float = 180) -> None:
    """Until the server answers (a busy machine needs long to start Django's workers)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"werkspoor serve stopte meteen (code {server.returncode}).")
        try:
            requests.get(url, timeout=5)
            return
        except requests.RequestException:
            time.sleep(0.5)
    raise SystemExit(f"werkspoor serve antwoordt na {seconds:g} s nog niet op {url}.")


def stop_server(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=60)
    except subprocess.TimeoutExpired:  # a worker stuck on a busy machine
        server.kill()
        server.wait()


def tree_cpu_seconds(root: int) -> float:
    """Processor time (user + system) so far of a process and its descendants (Linux /proc):
    the server's master and workers, the cores the load actually took."""
    parents, cpu = {}, {}
    ticks = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # a process that ended meanwhile
            continue
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        cpu[pid] = (int(fields[11]) + int(fields[12])) / ticks
    total = 0.0
    for pid, seconds in cpu.items():
        ancestor = pid
        while ancestor not in (root, 0, 1) and ancestor in parents:
            ancestor = parents[ancestor]
        if ancestor == root:
            total += seconds
    return total


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def logged_in_session(base: str, username: str = "demo-werkcoach") -> requests.Session:
    session = requests.Session()
    page = session.get(f"{base}/accounts/login/", timeout=10)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = session.post(
        f"{base}/accounts/login/",
        timeout=10,
        allow_redirects=False,
        data={
            "username": username,
            "password": f"{username}-wachtwoord",
            "csrfmiddlewaretoken": token,
        },
        headers={"Referer": f"{base}/accounts/login/"},
    )
    if response.status_code != 302:
        raise SystemExit(
            f"Inloggen als {username} lukt niet: is de demostad gebouwd (werkspoor demo)?"
        )
    return session


def timed_get(session, url) -> float:
    start = time.perf_counter()
    response = session.get(url, timeout=30)
    elapsed = (time.perf_counter() - start) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"{url}: HTTP {response.status_code}")
    return elapsed


def run_load(sessions, seconds, think, next_request, timed=None):
    """Every session a user that asks `next_request(rng, index)` -> (kind, url) until `seconds`
    have passed, thinking ~`think` s between requests; the latencies per kind (ms)."""
    timed = timed or timed_get
    results = {"fouten": 0, "soorten": {}}
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def user(seed):
        rng = random.Random(seed)
        session = sessions[seed]
        time.sleep(rng.uniform(0, think))  # spread the starts
        while time.monotonic() < deadline:
            kind, url = next_request(rng, seed)
            try:
                elapsed = timed(session, url)
                with lock:
                    results.setdefault(kind, []).append(elapsed)
            except Exception as error:
                with lock:
                    results["fouten"] += 1
                    soort = f"{type(error).__name__}: {str(error)[:80]}"
                    results["soorten"][soort] = results["soorten"].get(soort, 0) + 1
            time.sleep(rng.uniform(0.5 * think, 1.5 * think))

    threads = [threading.Thread(target=user, args=(i,)) for i in range(len(sessions))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@dataclass
class Targets:
    """What the simulated users ask for, read from the demo city's own pages."""

    dossier_ids: list[str]
    names: list[str]
    vacature_ids: list[str]

    def url(self, base: str, kind: str, rng: random.Random) -> str:
        if kind == "caseload":
            return f"{base}/caseload/"
        if kind == "dossier":
            return f"{base}/inwoners/{rng.choice(self.dossier_ids)}/"
        if kind == "zoeken":
            return f"{base}/zoeken/?q={quote_plus(rng.choice(self.names))}"
        return f"{base}/vacatures/{rng.choice(self.vacature_ids)}/kandidaten/"


def read_targets(base: str) -> Targets:
    coach = logged_in_session(base)
    page = coach.get(base + "/caseload/?per_pagina=100", timeout=30).text
    dossier_ids = re.findall(r'href="/inwoners/(\d+)/"', page)
    names = re.findall(r'href="/inwoners/\d+/">([^<]+)</a>', page)
    surnames = sorted({name.split(" ", 1)[-1] for name in names})
    adviser = logged_in_session(base, "demo-bedrijfsadviseur")
    vacancies = adviser.get(base + "/vacatures/", timeout=30).text
    vacature_ids = re.findall(r'href="/vacatures/(\d+)/"', vacancies)
    if not (dossier_ids and names and vacature_ids):
        raise SystemExit("De demostad heeft geen caseload of open vacatures: werkspoor demo?")
    return Targets(dossier_ids, names + surnames, vacature_ids)


def pick_kind(rng: random.Random, adviser: bool) -> str:
    if adviser:
        return "match" if rng.random() < 0.8 else "zoeken"
    draw = rng.random()
    return "caseload" if draw < 0.35 else "dossier" if draw < 0.75 else "zoeken"


def run_users(base, users, seconds, think, targets: Targets):
    advisers = max(1, round(users * ADVISER_SHARE))
    # Log in before the clock runs.
    sessions = [
        logged_in_session(base, "demo-bedrijfsadviseur" if i < advisers else "demo-werkcoach")
        for i in range(users)
    ]

    def next_request(rng, index):
        kind = pick_kind(rng, adviser=index < advisers)
        return kind, targets.url(base, kind, rng)

    results = run_load(sessions, seconds, think, next_request)
    for kind in KINDS:
        results.setdefault(kind, [])
    return results


def report(label, values):
    if not values:
        return f"  {label:<10} geen metingen"
    return (
        f"  {label:<10} n={len(values):>5}  p50={statistics.median(values):6.1f} ms  "
        f"p95={percentile(values, 95):6.1f} ms  max={max(values):6.1f} ms"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument(
        "--think", type=float, default=3.0, help="gemiddelde denktijd per gebruiker (s)"
    )
    parser.add_argument("--port", type=int, default=8290)
    parser.add_argument("--workers", type=int, help="standaard: die van werkspoor serve")
    parser.add_argument("--threads", type=int, help="standaard: die van werkspoor serve")
    args = parser.parse_args()
    tuning = [
        f"--{name}={value}"
        for name, value in (("workers", args.workers), ("threads", args.threads))
        if value is not None
    ]
    base = f"http://127.0.0.1:{args.port}"
    server = start_server(args.port, tuning, "/accounts/login/")
    try:
        targets = read_targets(base)
        coach = logged_in_session(base)
        adviser = logged_in_session(base, "demo-bedrijfsadviseur")
        database = os.environ.get("WERKSPOOR_DATABASE_URL", "sqlite (standaard)")
        print(f"database: {database.split('@')[-1]}")
        print(
            f"doelen: {len(targets.dossier_ids)} dossiers, {len(targets.names)} zoekvragen, "
            f"{len(targets.vacature_ids)} open vacatures"
        )
        rng = random.Random(1)
        for i in range(40):  # warm up every worker (the match keeps the pool's profiles)
            kind = KINDS[i % len(KINDS)]
            timed_get(adviser if kind == "match" else coach, targets.url(base, kind, rng))
        baseline = {kind: [] for kind in KINDS}
        for i in range(60):
            kind = KINDS[i % len(KINDS)]
            session = adviser if kind == "match" else coach
            baseline[kind].append(timed_get(session, targets.url(base, kind, rng)))
        print("basislijn (1 gebruiker, geen belasting):")
        for kind in KINDS:
            print(report(kind, baseline[kind]))
        server_before, client_before = tree_cpu_seconds(server.pid), time.process_time()
        started = time.monotonic()
        loaded = run_users(base, args.users, args.seconds, args.think, targets)
        elapsed = time.monotonic() - started  # the last users finish after --seconds
        server_cpu = tree_cpu_seconds(server.pid) - server_before
        client_cpu = time.process_time() - client_before
        print(
            f"belast ({args.users} gelijktijdige gebruikers, waarvan "
            f"{max(1, round(args.users * ADVISER_SHARE))} bedrijfsadviseurs, denktijd "
            f"~{args.think:g} s, {args.seconds:g} s, gunicorn "
            f"{' '.join(tuning) or 'standaardinstellingen'}):"
        )
        for kind in KINDS:
            print(report(kind, loaded[kind]))
        total = sum(len(loaded[kind]) for kind in KINDS)
        print(f"  doorvoer {total / args.seconds:.1f} verzoeken/s, fouten {loaded['fouten']}")
        cores = os.cpu_count() or 1
        per_request = 1000 * server_cpu / max(total, 1)
        print(
            f"  processortijd: server {server_cpu:.1f} s ({per_request:.0f} ms"
            f" per verzoek, {100 * server_cpu / elapsed / cores:.0f}% van {cores} kernen"
            f" in {elapsed:.0f} s),"
            f" belastinggenerator {client_cpu:.1f} s"
            f" ({100 * client_cpu / elapsed / cores:.0f}%)"
        )
        for soort, aantal in sorted(loaded["soorten"].items(), key=lambda item: -item[1]):
            print(f"    {aantal} x {soort}")
        for kind in KINDS:
            if not loaded[kind]:
                continue
            ratio = percentile(loaded[kind], 95) / percentile(baseline[kind], 95)
            verdict = "binnen" if percentile(loaded[kind], 95) < 150 else "BOVEN"
            print(f"  {kind}: p95 belast / basislijn = {ratio:.2f}x; doel p95 < 150 ms: {verdict}")
    finally:
        stop_server(server)


if __name__ == "__main__":
    main()
