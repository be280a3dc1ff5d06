# SPDX-License-Identifier: EUPL-1.2
"""Load test of the workspace: p95 latency of the caseload page (a page of 125 residents) and
the dossier page under 50 concurrent simulated werkcoaches, served by `werkspoor serve`
(gunicorn) on loopback, against a baseline measured in the same run (one user, no load).

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
from pathlib import Path

import requests

WERKSPOOR = Path(sys.executable).with_name("werkspoor")
PASSWORD = "demo-werkcoach-wachtwoord"


def start_server(port: int, options: list[str], ready_path: str) -> subprocess.Popen:
    """`werkspoor serve` on loopback (no precomputation at start), once it answers."""
    server = subprocess.Popen(
        [str(WERKSPOOR), "serve", "--port", str(port), *options],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "WERKSPOOR_VOORBEREKENEN": "0"},
    )
    for _ in range(150):
        try:
            requests.get(f"http://127.0.0.1:{port}{ready_path}", timeout=1)
            break
        except requests.ConnectionError:
            time.sleep(0.2)
    return server


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def logged_in_session(base: str) -> requests.Session:
    session = requests.Session()
    page = session.get(f"{base}/accounts/login/", timeout=10)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = session.post(
        f"{base}/accounts/login/",
        timeout=10,
        allow_redirects=False,
        data={"username": "demo-werkcoach", "password": PASSWORD, "csrfmiddlewaretoken": token},
        headers={"Referer": f"{base}/accounts/login/"},
    )
    if response.status_code != 302:
        raise SystemExit(
            "Inloggen als demo-werkcoach lukt niet: is de demostad gebouwd (werkspoor demo)?"
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
    """Every session a user that asks `next_request(rng)` -> (kind, url) until `seconds`
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
            kind, url = next_request(rng)
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


def run_users(base, users, seconds, think, dossier_ids):
    sessions = [logged_in_session(base) for _ in range(users)]  # log in before the clock runs

    def next_request(rng):
        if rng.random() < 0.4:
            return "caseload", f"{base}/caseload/"
        return "dossier", f"{base}/inwoners/{rng.choice(dossier_ids)}/"

    results = run_load(sessions, seconds, think, next_request)
    results.setdefault("caseload", [])
    results.setdefault("dossier", [])
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
        session = logged_in_session(base)
        page = session.get(base + "/caseload/", timeout=30).text
        dossier_ids = re.findall(r'href="/inwoners/(\d+)/"', page)
        database = os.environ.get("WERKSPOOR_DATABASE_URL", "sqlite (standaard)")
        print(f"database: {database.split('@')[-1]}")
        print(f"caseload-pagina: {len(dossier_ids)} inwoners")
        baseline = {"caseload": [], "dossier": []}
        for i in range(40):
            baseline["caseload" if i % 2 else "dossier"].append(
                timed_get(
                    session,
                    base
                    + (
                        "/caseload/" if i % 2 else f"/inwoners/{dossier_ids[i % len(dossier_ids)]}/"
                    ),
                )
            )
        print("basislijn (1 gebruiker, geen belasting):")
        print(report("caseload", baseline["caseload"]))
        print(report("dossier", baseline["dossier"]))
        loaded = run_users(base, args.users, args.seconds, args.think, dossier_ids)
        print(
            f"belast ({args.users} gelijktijdige gebruikers, denktijd ~{args.think:g} s, "
            f"{args.seconds:g} s, gunicorn {' '.join(tuning) or 'standaardinstellingen'}):"
        )
        print(report("caseload", loaded["caseload"]))
        print(report("dossier", loaded["dossier"]))
        total = len(loaded["caseload"]) + len(loaded["dossier"])
        print(f"  doorvoer {total / args.seconds:.1f} verzoeken/s, fouten {loaded['fouten']}")
        for soort, aantal in sorted(loaded["soorten"].items(), key=lambda item: -item[1]):
            print(f"    {aantal} x {soort}")
        for kind in ("caseload", "dossier"):
            ratio = percentile(loaded[kind], 95) / percentile(baseline[kind], 95)
            verdict = "binnen" if percentile(loaded[kind], 95) < 150 else "BOVEN"
            print(f"  {kind}: p95 belast / basislijn = {ratio:.2f}x; doel p95 < 150 ms: {verdict}")
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
