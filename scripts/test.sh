#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Set up and run the whole test suite on the embedded SQLite database.
# Installs Debian's chromium for the browser tests when it is missing (needs root or sudo).
# Extra arguments go to pytest. WERKSPOOR_DATABASE_URL selects another database.
# The tests run in parallel (pytest-xdist), one worker per CPU, each with its own test
# database; WERKSPOOR_TEST_WORKERS=1 (or passing -n 0) runs them in one process.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev

if ! command -v chromium >/dev/null 2>&1; then
    echo "Werkspoor: Debian's chromium installeren voor de browsertests ..."
    sudo_cmd=""; [ "$(id -u)" = "0" ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

workers="${WERKSPOOR_TEST_WORKERS:-$(nproc 2>/dev/null || echo 1)}"
parallel=()
case " $* " in
    *" -n"* | *" --numprocesses"* | *" -p no:xdist "*) ;;  # the caller chose
    *) if [ "$workers" -gt 1 ] 2>/dev/null; then parallel=(-n "$workers" --dist loadfile); else parallel=(-n 0); fi ;;
esac
exec .venv/bin/python -m pytest "${parallel[@]}" "$@"
